<!DOCTYPE html>
<html>
<head>
    <style>
        body { font-family: sans-serif; line-height: 1.6; color: #333; }
        .container { padding: 20px; border: 1px solid #e1e1e1; border-radius: 10px; }
        .button { background: #16a34a; color: white; padding: 10px 20px; text-decoration: none; border-radius: 5px; }
    </style>
</head>
<body>
    <div class="container">
        <h1>Спасибо за подписку! 🌿</h1>
        <p>Теперь вы будете первыми узнавать о новых поступлениях редких растений и скидках.</p>
        <p>Ваш промокод на первую покупку: <strong>PLANT2026</strong></p>
        <br>
        <a href="{{ config('app.url') }}" class="button">Перейти в магазин</a>
    </div>
</body>
</html>
<!DOCTYPE html>
<html>
<head>
    <title>Saja Store - سلة مهجورة</title>
</head>
<body style="font-family: Arial, sans-serif; direction: rtl; text-align: right;">

    <h2>مرحبًا {{ $user->name }}،</h2>

    <p>لقد لاحظنا أنك تركت بعض المنتجات في سلتك. هل واجهت مشكلة أثناء الدفع؟</p>

    <p>يمكنك استكمال عملية الشراء الآن:</p>

    <a href="http://localhost:5173/cart" style="background-color: #4CAF50; color: white; padding: 10px 20px; text-decoration: none; border-radius: 5px;">
        الذهاب إلى السلة
    </a>

    <br><br>
    <p>شكرًا لتسوقك معنا!</p>

</body>
</html>

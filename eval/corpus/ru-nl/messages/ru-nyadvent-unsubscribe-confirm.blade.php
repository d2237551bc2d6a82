<html>
<head>
    <title>Вы отписались от "Хорошой" рассылки</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            margin: 0;
            padding: 0;
        }
        .container {
            max-width: 600px;
            margin: 40px auto;
            padding: 20px;
            background-color: #f9f9f9;
            border: 1px solid #ddd;
            border-radius: 10px;
            box-shadow: 0 0 10px rgba(0, 0, 0, 0.1);
        }
        h1 {
            font-size: 24px;
            margin-bottom: 10px;
            color: #333;
        }
        p {
            margin-bottom: 20px;
        }
    </style>
</head>
<body>
<div class="container">
    <h1>Вы отписались от "Хорошой" рассылки</h1>
    <p>Уважаемый Пользователь,</p>
    <p>Вы успешно отписались от нашей "Хорошой" рассылки. Мы сожалеем, что вы больше не хотите получать наши новости и предложения.</p>
    <p>Если вы измените свое решение и захотите снова подписаться на нашу рассылку, вы можете сделать это на нашей <a href="{{ route('index') }}">главной странице</a>.</p>
    <p>Спасибо за то, что были с нами!</p>
</div>
</body>
</html>


<!DOCTYPE html>
<html>
<head>
    <title>Bienvenue dans notre newsletter</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            background-color: #f4f4f4;
            padding: 20px;
        }

        .container {
            background-color: #fff;
            padding: 20px;
            border-radius: 5px;
            box-shadow: 0 2px 4px rgba(0, 0, 0, 0.1);
        }

        h1 {
            color: #333;
        }

        p {
            color: #666;
            font-size: 16px;
            line-height: 1.5;
        }

        .button {
            display: inline-block;
            padding: 10px 20px;
            background-color: #007bff;
            color: #fff;
            text-decoration: none;
            border-radius: 5px;
        }

        .footer {
            margin-top: 20px;
            text-align: center;
            color: #999;
        }
    </style>
</head>
<body>
    <div class="container">
        <h1>Bienvenue dans notre newsletter !</h1>
        <p>Merci d'avoir rejoint notre newsletter. Vous recevrez régulièrement des mises à jour, des nouvelles et des offres spéciales.</p>
        <p>Nous sommes ravis de vous avoir parmi nous. Cliquez sur le lien ci-dessous pour commencer.</p>
        <a class="button" href="#">Commencer</a>
    </div>
    <div class="footer">
        <p>Si vous ne souhaitez plus recevoir nos e-mails, vous pouvez vous désabonner <a href="#">ici</a>.</p>
    </div>
</body>
</html>

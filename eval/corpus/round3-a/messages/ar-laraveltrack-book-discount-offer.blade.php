<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1.0" />
        <meta http-equiv="X-UA-Compatible" content="ie=edge" />
        <style>
            .container {
                margin: 0 auto;
                max-width: 48rem;
                width: 90%;
            }
            .title,.subtitle,p,.cta {
                text-align: center;
            }
            .title {
                font-size: 40px;
            }
            .subtitle {
                font-size: 30px;
            }
            p {
                font-size: 20px;
            }
            .cta {
                margin-top: 30px;
            }
            .button {
                background-color: rgb(255, 221, 0);
                padding: 20px;
                text-decoration: none;
                border-radius: 10px;
            }
            .button:hover {
                border-radius: 15px;
                background-color: rgb(255, 221, 0);
            }
        </style>
    </head>

    <body class="rtl">
        <div class="container">
            <h1 class="title">مدونتي</h1>
            <h1 class="subtitle">تخفيض على كتاب مبادئ التسويق الإلكتروني</h1>
            <p>اشتر الكتاب الأن واحصل على تخفيض قدره 50% عن سعره الأصلي</p>
            <div class="cta">
                <a href="#" class="button">اشتر الان</a>
            </div>
        </div>
    </body>
</html>

<!DOCTYPE html>
<html lang="ru">
<head>
    <meta charset="UTF-8">
    <title>Добро пожаловать!</title>
</head>
<body style="margin: 0; padding: 0; background-color: #f0f2f5; font-family: Arial, sans-serif;">
<table align="center" cellpadding="0" cellspacing="0" width="100%" style="padding: 40px 0;">
    <tr>
        <td align="center">
            <table width="600" cellpadding="0" cellspacing="0" style="background-color: #ffffff; border-radius: 10px; box-shadow: 0 4px 12px rgba(0,0,0,0.1); overflow: hidden;">
                <tr>
                    <td style="background-color: #2d89ef; padding: 20px; text-align: center; color: #ffffff; font-size: 24px;">
                        Добро пожаловать в наш магазин!
                    </td>
                </tr>
                <tr>
                    <td style="padding: 30px; font-size: 16px; color: #333333;">
                        <p>Здравствуйте!</p>

                        <p>Спасибо за регистрацию в нашем интернет-магазине. Мы рады видеть вас в числе наших пользователей.</p>

                        <p style="text-align: center; margin: 30px 0;">
                            <a href="/login" style="background-color: #2d89ef; color: #ffffff; padding: 12px 24px; text-decoration: none; border-radius: 6px; display: inline-block;">
                                Перейти на сайт
                            </a>
                        </p>

                    <td style="background-color: #f4f4f4; text-align: center; font-size: 12px; color: #999999; padding: 15px;">
                        Вы получили это письмо, потому что зарегистрировались на нашем сайте.
                    </td>
                </tr>
            </table>
        </td>
    </tr>
</table>
</body>
</html>

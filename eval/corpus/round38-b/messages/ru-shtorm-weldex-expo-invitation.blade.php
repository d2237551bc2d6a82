<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title></title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style type="text/css">
        body, table, td, p, a, li, blockquote {
            -ms-text-size-adjust: 100%;
            -webkit-text-size-adjust: 100%;
        }
        table {
            mso-table-lspace: 0;
            mso-table-rspace: 0;
            mso-table-bspace: 0;
            mso-table-tspace: 0;
            border-collapse: collapse;
        }
        body{
            font-family: "Segoe UI", serif;
            font-weight: normal;
            font-size: 16px;
        }
        a{
            text-decoration: none;
            color: dodgerblue;
        }
        a:hover{
            text-decoration: dodgerblue underline;
        }
        .unsubscribe{
            color: #B7B7B7;
        }
        .unsubscribe:hover{
            text-decoration: #B7B7B7 underline;
        }
        td{
            line-height: 1.5;
        }
    </style>
</head>
<body bgcolor="#ebebeb" style="padding:0;margin:0;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#ebebeb" style="margin:0 auto;">
    <tr>
        <td width="100%" align="center">
            <table width="600" border="0" cellspacing="0" cellpadding="0">
                <tr>
                    <td width="50%" height="100" style="padding: 25px 50px">
                        <img align="center" width="150" style="pointer-events: none"
                             src="https://www.shtorm-its.ru/upload/emailsimg/1/logo_shtorm.png">
                    </td>
                    <td width="50%" height="100" style="color: #003DA5; padding: 25px 0">
                        <table width="100%" border="0" cellspacing="0" cellpadding="0">
                            <tr>
                                <td style="color: #003DA5">
                                    Бесплатный звонок
                                </td>
                            </tr>
                            <tr>
                                <td style="padding: 0 0 15px 0; font-weight: bold; font-size: 22px; color: #003DA5">
                                    (343) 304-64-50
                                </td>
                            </tr>
                        </table>
                        <table width="40%" border="0" cellspacing="0" cellpadding="0">
                            <tr>
                                <td width="30">
                                    <a href="https://vk.com/club46343711" style="display: block; width: 30px; height: 30px">
                                        <img align="left" width="30" style="pointer-events: none"
                                             src="https://www.shtorm-its.ru/upload/emailsimg/1/vk_shtorm.png">
                                    </a>
                                </td>
                                <td width="30">
                                    <a href="https://www.instagram.com/shtorm_its/" style="display: block; width: 30px; height: 30px">
                                        <img align="left" width="30" style="pointer-events: none"
                                            src="https://www.shtorm-its.ru/upload/emailsimg/1/inst_shtorm.png">
                                    </a>
                                </td>
                                <td width="30">
                                    <a href="https://www.youtube.com/user/shtormTv" style="display: block; width: 30px; height: 30px">
                                        <img align="left" alt="" width="30" style="pointer-events: none"
                                             src="https://www.shtorm-its.ru/upload/emailsimg/1/youtube_shtorm.png">
                                    </a>
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td colspan="2" align="center" bgcolor="white" width="100%">
                        <img align="center" width="100%" style="pointer-events: none;"
                             src="https://www.shtorm-its.ru/upload/emailsimg/1/email-300.png">
                    </td>
                </tr>
                <tr>
                    <td colspan="2" width="100%" align="center" style=" padding: 50px" bgcolor="white">
                        <table width="500" border="0" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto;">
                            <tr>
                                <td style="font-style: italic; padding-bottom: 50px">
                                @if( $contact->name !="")
                                    Добрый день, {{$contact->name}}!
                                    @else
                                    Добрый день!
                                    @endif
                                </td>
                            </tr>
                            <tr>
                                <td style="padding-bottom: 25px">
                                    Приглашаем Вас посетить наш стенд А341 на самой крупной в России международной выставке сварочных материалов, оборудования и технологии
                                    <a href="https://weldex.ru/Ru">Weldex</a>.
                                </td>
                            </tr>
                            <tr>
                                <td>
                                    <b>Время проведения: </b>15-18 октября 2019
                                </td>
                            </tr>
                            <tr>
                                <td>
                                    <b>Место проведения: </b>Москва, КВЦ "Сокольники", павильон 4, стенд А341
                                </td>
                            </tr>
                            <tr>
                                <td align="center" style="padding: 25px 0 50px 0">
                                    <table width="500" border="0" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto;">
                                        <tr>
                                            <td width="100%" align="center" style="font-size: 18px">
                                                Получите бесплатный билет, используя промокод
                                            </td>
                                        </tr>
                                        <tr>
                                            <td width="100%" align="center" style="font-size: 24px; font-weight: bolder; padding: 15px 0; color: red">
                                                wlx19eSRTH
                                            </td>
                                        </tr>
                                        <tr>
                                            <td width="100%" align="center">
                                                <table width="200" border="0" cellspacing="0" cellpadding="0" bgcolor="#003DA5" style="margin:0 auto;">
                                                    <tr>
                                                        <td height="35" align="center" valign="center" style="color: white">
                                                            <a href="https://weldex.ru/Rus/get-eticket" style="display: block; text-align: center; text-decoration: none; color: white">Получить билет</a>
                                                        </td>
                                                    </tr>
                                                </table>
                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                            <tr>
                                <td align="center" width="100%">
                                    <img align="center" width="500" style="pointer-events: none"
                                         src="https://www.shtorm-its.ru/upload/emailsimg/1/weldex2019-2.jpg">
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td colspan="2" align="center" width="100%" style="padding: 25px 50px" bgcolor="white">
                        <table width="500" border="0" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto;">
                            <tr>
                                <td align="center" style="color: #003DA5; font-style: italic;">
                                    Надеемся эта рассылка вам интересна
                                </td>
                            </tr>
                            <tr>
                                <td align="center" style="color: #003DA5; font-style: italic;">
                                    С уважением, коллектив "ШТОРМ"
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td width="100%" colspan="2" style="border-top: 3px #003DA5 solid"></td>
                </tr>
                <tr>
                    <td width="50%" height="100" style="padding: 25px 50px">
                        <img align="center" width="150" style="pointer-events: none"
                             src="https://www.shtorm-its.ru/upload/emailsimg/1/logo_shtorm.png">
                    </td>
                    <td width="50%" height="100" style="color: #003DA5; padding: 25px 0">
                        <table width="100%" border="0" cellspacing="0" cellpadding="0">
                            <tr>
                                <td style="color: #003DA5">
                                    Бесплатный звонок
                                </td>
                            </tr>
                            <tr>
                                <td style="padding: 0 0 15px 0; font-weight: bold; font-size: 22px; color: #003DA5">
                                    (343) 304-64-50
                                </td>
                            </tr>
                        </table>
                        <table width="40%" border="0" cellspacing="0" cellpadding="0">
                            <tr>
                                <td width="30">
                                    <a href="https://vk.com/club46343711" style="display: block; width: 30px; height: 30px">
                                        <img align="left" width="30" style="pointer-events: none"
                                             src="https://www.shtorm-its.ru/upload/emailsimg/1/vk_shtorm.png">
                                    </a>
                                </td>
                                <td width="30">
                                    <a href="https://www.instagram.com/shtorm_its/" style="display: block; width: 30px; height: 30px">
                                        <img align="left" width="30" style="pointer-events: none"
                                             src="https://www.shtorm-its.ru/upload/emailsimg/1/inst_shtorm.png">
                                    </a>
                                </td>
                                <td width="30">
                                    <a href="https://www.youtube.com/user/shtormTv" style="display: block; width: 30px; height: 30px">
                                        <img align="left" alt="" width="30" style="pointer-events: none"
                                             src="https://www.shtorm-its.ru/upload/emailsimg/1/youtube_shtorm.png">
                                    </a>
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td colspan="2" style="padding:0 50px; font-size: 12px; color: #666666">
                        Это письмо было отправлено на ваш email, т.к. вы являетесь клиентом<br> ШТОРМ или подписались на рассылки компании.
                    </td>
                </tr>
                <tr>
                    <td align="center" colspan="2" style="padding: 25px 50px; font-size: 12px; ">
                        <a class="unsubscribe" href="">Отписаться</a>
                    </td>
                </tr>
            </table>
        </td>
    </tr>
</table>
</body>
</html>

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title></title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style type="text/css">
        body,
        table,
        td,
        p,
        a,
        li,
        blockquote {
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

        body {
            font-family: "Segoe UI", serif;
            font-weight: normal;
            font-size: 16px;
        }

        a {
            text-decoration: none;
            color: #d8381e;
        }

        a:hover {
            text-decoration: #d8381e underline;
        }

        .unsubscribe {
            color: #B7B7B7;
        }

        .unsubscribe:hover {
            text-decoration: #B7B7B7 underline;
        }

        td {
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
                            <img align="center" width="150" style="pointer-events: none" src="https://hitechsvarka.ru/include/logo_color.png">
                        </td>
                        <td width="50%" height="100" style="color: #003DA5; padding: 25px 0">
                            <table width="100%" border="0" cellspacing="0" cellpadding="0">
                                <tr>
                                    <td style="color: #e11b21">
                                        Бесплатный звонок
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding: 0 0 15px 0; font-weight: bold; font-size: 22px; color: #e11b21">
                                        (343) 287-86-89
                                    </td>
                                </tr>
                            </table>
                            <table width="30%" border="0" cellspacing="0" cellpadding="0">
                                <tr>
                                    <td width="30">
                                        <a href="https://vk.com/hitechsvarka" style="display: block; width: 30px; height: 30px">
                                            <img align="left" width="30" style="pointer-events: none" src="https://www.hitechsvarka.ru/upload/emailsimg/2/vk-telwin.png">
                                        </a>
                                    </td>
                                    <td width="30">
                                        <a href="https://www.instagram.com/telwin_russia/" style="display: block; width: 30px; height: 30px">
                                            <img align="left" width="30" style="pointer-events: none" src="https://www.hitechsvarka.ru/upload/emailsimg/2/inst-telwin.png">
                                        </a>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                    <!--                <tr>-->
                    <!--                    <td colspan="2" align="center" bgcolor="white" width="100%">-->
                    <!--                        <img align="center" width="100%" style="pointer-events: none;"-->
                    <!--                             src="https://www.shtorm-its.ru/upload/emailsimg/1/email-300.png">-->
                    <!--                    </td>-->
                    <!--                </tr>-->
                    <tr>
                        <td colspan="2" width="100%" align="center" style=" padding: 50px 50px 25px 50px" bgcolor="white">
                            <table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="white">
                                <tr>
                                    <td style="font-style: italic; font-size: 18px; padding-bottom: 50px">
                                        @if( $contact->name !="")
                                        Добрый день, {{$contact->name}}!
                                        @else
                                        Добрый день!
                                        @endif
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding-bottom: 25px">
                                        Компания «Telwin» благодарит Вас за посещение нашего стенда на выставке «Weldex-2019»,
                                        прошедшей с 15 по 18 октября 2019г. в КВЦ «Сокольники» и проявленный интерес к нашей экспозиции.
                                    </td>
                                </tr>
                                <tr>
                                    <td>
                                        Надеемся, что на выставке Вы получили все необходимые материалы, чтобы начать работать с нами.
                                    </td>
                                </tr>
                                <!--                            <tr>-->
                                <!--                                <td align="center" width="100%" style="padding-top: 50px">-->
                                <!--                                    <img align="center" width="500" style="pointer-events: none"-->
                                <!--                                         src="https://www.shtorm-its.ru/upload/emailsimg/1/weldex2019-2.jpg">-->
                                <!--                                </td>-->
                                <!--                            </tr>-->
                            </table>
                        </td>
                    </tr>
                    <tr>
                        <td colspan="2" align="center" width="100%" style="padding: 25px 50px" bgcolor="white">
                            <table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="white">
                                <tr>
                                    <td colspan="2" style="font-size: 24px; font-weight: bold; padding-bottom: 25px">
                                        Акции
                                    </td>
                                </tr>
                                <tr>
                                    <td width="50%" align="left" style="padding: 10px;">
                                        <table width="100%" cellspacing="0" cellpadding="0" bgcolor="white" style="border: 1px #d3d3d3 solid">
                                            <tr valign="top">
                                                <td width="100%" align="center" style="padding-bottom: 20px">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block;">
                                                        <img alt="Telwin Dynamic 320" width="228" src="http://dynamic.hitechsvarka.ru/assets/img/320.jpg" style="pointer-events: none; display: block">
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="100%" align="center">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; color: #d8381e; font-weight: bold">
                                                        Telwin Dynamic 320
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="100%" align="center" style="text-align: center; padding: 25px">
                                                    <table width="150" border="0" cellspacing="0" cellpadding="0" bgcolor="#d8381e" style="margin:0 auto;">
                                                        <tr valign="center">
                                                            <td width="150" height="35" align="center" style="color: white">
                                                                <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; text-decoration: none; color: white">Купить</a>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                    <td width="50%" align="left" style="padding: 10px;">
                                        <table width="100%" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto; border: 1px #d3d3d3 solid">
                                            <tr valign="top">
                                                <td width="100%" align="center" style="padding-bottom: 20px">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block;">
                                                        <img alt="Telwin Dynamic 420" width="228" src="http://dynamic.hitechsvarka.ru/assets/img/420.jpg" style="pointer-events: none; display: block">
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="100%" align="center">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; color: #d8381e; font-weight: bold">
                                                        Telwin Dynamic 420
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="100%" align="center" style="text-align: center; padding: 25px">
                                                    <table width="150" border="0" cellspacing="0" cellpadding="0" bgcolor="#d8381e" style="margin:0 auto;">
                                                        <tr valign="center">
                                                            <td width="150" height="35" align="center" style="color: white">
                                                                <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; text-decoration: none; color: white">Купить</a>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="228" align="left" style="padding: 10px;">
                                        <table width="228" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto; border: 1px #d3d3d3 solid">
                                            <tr valign="top">
                                                <td width="228" align="center" style="padding-bottom: 20px">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block;">
                                                        <img alt="Telwin Dynamic 520" width="228" src="http://dynamic.hitechsvarka.ru/assets/img/520.jpg" style="pointer-events: none; display: block">
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="228" align="center">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; color: #d8381e; font-weight: bold">
                                                        Telwin Dynamic 520
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="228" align="center" style="text-align: center; padding: 25px">
                                                    <table width="150" border="0" cellspacing="0" cellpadding="0" bgcolor="#d8381e" style="margin:0 auto;">
                                                        <tr valign="center">
                                                            <td width="150" height="35" align="center" style="color: white">
                                                                <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; text-decoration: none; color: white">Купить</a>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                    <td width="228" align="left" style="padding: 10px;">
                                        <table width="228" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto; border: 1px #d3d3d3 solid">
                                            <tr valign="top">
                                                <td width="228" align="center" style="padding-bottom: 20px">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block;">
                                                        <img alt="Telwin Dynamic 620" width="228" src="http://dynamic.hitechsvarka.ru/assets/img/620.jpg" style="pointer-events: none; display: block">
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="228" align="center">
                                                    <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; color: #d8381e; font-weight: bold">
                                                        Telwin Dynamic 620
                                                    </a>
                                                </td>
                                            </tr>
                                            <tr valign="top">
                                                <td width="228" align="center" style="text-align: center; padding: 25px">
                                                    <table width="150" border="0" cellspacing="0" cellpadding="0" bgcolor="#d8381e" style="margin:0 auto;">
                                                        <tr valign="center">
                                                            <td width="150" height="35" align="center" style="color: white">
                                                                <a href="http://dynamic.hitechsvarka.ru" style="display: block; text-align: center; text-decoration: none; color: white">Купить</a>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                            </table>

                            <!--                        <table width="500" border="0" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto;">-->
                            <!--                            <tr>-->
                            <!--                                <td colspan="2" style="font-size: 24px; font-weight: bold; padding-bottom: 25px">-->
                            <!--                                    Акции-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                            <tr>-->
                            <!--                                <td width="50%" style="padding-bottom: 20px; padding-right: 10px">-->
                            <!--                                    <img alt="" width="100%"-->
                            <!--                                         src="https://www.shtorm-its.ru/upload/emailsimg/1/trade-in.jpg"-->
                            <!--                                         style="pointer-events: none; display: block">-->
                            <!--                                </td>-->
                            <!--                                <td width="50%" style="padding-bottom: 20px; padding-left: 10px">-->
                            <!--                                    <img alt="" width="100%"-->
                            <!--                                         src="https://www.shtorm-its.ru/upload/emailsimg/1/trade-in.jpg"-->
                            <!--                                         style="pointer-events: none; display: block">-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                            <tr>-->
                            <!--                                <td style="padding-bottom: 20px; padding-right: 10px">-->
                            <!--                                    <a href="" style="display: block; text-decoration: none; color: dodgerblue; font-weight: bold">-->
                            <!--                                        Защитные ограждения со скидкой 10% до конца ноября-->
                            <!--                                    </a>-->
                            <!--                                </td>-->
                            <!--                                <td style="padding-bottom: 20px; padding-left: 10px">-->
                            <!--                                    <a href="" style="display: block; text-decoration: none; color: dodgerblue; font-weight: bold">-->
                            <!--                                        Обмен сварочного оборудования Trade-IN-->
                            <!--                                    </a>-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                            <tr>-->
                            <!--                                <td style="padding-bottom: 20px; padding-right: 10px">-->
                            <!--                                    Lorem ipsum dolor sit amet, consectetur adipisicing elit. Aspernatur commodi ducimus earum exercitationem, fugiat inventore magni, molestiae-->
                            <!--                                    nam nisi officia pariatur praesentium quibusdam quisquam, totam ullam veritatis voluptates voluptatibus? Et!-->
                            <!--                                </td>-->
                            <!--                                <td style="padding-bottom: 20px; padding-left: 10px">-->
                            <!--                                    Lorem ipsum dolor sit amet, consectetur adipisicing elit. Aspernatur commodi ducimus earum exercitationem, fugiat inventore magni, molestiae-->
                            <!--                                    nam nisi officia pariatur praesentium quibusdam quisquam, totam ullam veritatis voluptates voluptatibus? Et!-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                            <tr>-->
                            <!--                                <td style="padding-bottom: 20px; padding-right: 10px">-->
                            <!--                                    <a href="" style="display: block; color: dodgerblue">Читать</a>-->
                            <!--                                </td>-->
                            <!--                                <td style="padding-bottom: 20px; padding-left: 10px">-->
                            <!--                                    <a href="" style="display: block; color: dodgerblue">Читать</a>-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                            <tr>-->
                            <!--                                <td align="center" colspan="2" style="padding: 25px">-->
                            <!--                                    <table width="150" border="0" cellspacing="0" cellpadding="0" bgcolor="#4169e1" style="margin:0 auto;">-->
                            <!--                                        <tr valign="center">-->
                            <!--                                            <td width="150" height="35" align="center">-->
                            <!--                                                <a href="" style="display: block; text-align: center; text-decoration: none; color: white">Больше статей</a>-->
                            <!--                                            </td>-->
                            <!--                                        </tr>-->
                            <!--                                    </table>-->
                            <!--                                </td>-->
                            <!--                            </tr>-->
                            <!--                        </table>-->
                        </td>
                    </tr>
                    <tr>
                        <td colspan="2" align="center" width="100%" style="padding: 25px 50px" bgcolor="white">
                            <table width="500" border="0" cellspacing="0" cellpadding="0" bgcolor="white" style="margin:0 auto;">
                                <tr>
                                    <td align="center" style="font-style: italic; font-size: 14px; color: #d8381e;">
                                        Надеемся эта рассылка вам интересна
                                    </td>
                                </tr>
                                <tr>
                                    <td align="center" style="font-style: italic; font-size: 14px; color: #d8381e;">
                                        С уважением, коллектив "Hitechsvarka"
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                    <tr>
                        <td width="100%" colspan="2" style="border-top: 3px #d8381e solid"></td>
                    </tr>
                    <tr>
                        <td width="50%" height="100" style="padding: 25px 50px">
                            <img align="center" width="150" style="pointer-events: none" src="https://hitechsvarka.ru/include/logo_color.png">
                        </td>
                        <td width="50%" height="100" style=" padding: 25px 0">
                            <table width="100%" border="0" cellspacing="0" cellpadding="0">
                                <tr>
                                    <td style="color: #e11b21">
                                        Бесплатный звонок
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding: 0 0 15px 0; font-weight: bold; font-size: 22px; color: #e11b21">
                                        (343) 287-86-89
                                    </td>
                                </tr>
                            </table>
                            <table width="30%" border="0" cellspacing="0" cellpadding="0">
                                <tr>
                                    <td width="30">
                                        <a href="https://vk.com/hitechsvarka" style="display: block; width: 30px; height: 30px">
                                            <img align="left" width="30" style="pointer-events: none" src="https://www.hitechsvarka.ru/upload/emailsimg/2/vk-telwin.png">
                                        </a>
                                    </td>
                                    <td width="30">
                                        <a href="https://www.instagram.com/telwin_russia/" style="display: block; width: 30px; height: 30px">
                                            <img align="left" width="30" style="pointer-events: none" src="https://www.hitechsvarka.ru/upload/emailsimg/2/inst-telwin.png">
                                        </a>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                    <tr>
                        <td colspan="2" style="padding: 0 50px; font-size: 12px; color: #666666">
                            Это письмо было отправлено на ваш email, т.к. вы являетесь клиентом<br> "Hitechsvarka" или подписались на рассылки компании.
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
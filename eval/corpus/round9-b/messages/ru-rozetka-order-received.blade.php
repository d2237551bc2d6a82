<html>
<head lang="ru">
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>Ваша заявка принята</title>
</head>
<body style="background-color:#ffffff;color:#333333;font-family:Arial,Helvetica,FreeSans,'Liberation Sans','Nimbus Sans L',sans-serif;font-size:15px">

<div class="mailsub" style="width:640px;margin:0 auto">
    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:640px">
        <tr>
            <td style="text-align:center;padding:7px 0 10px;">
                <span style="font-size:11px;color:#999999;line-height:18px">Ваша заявка принята</span>
            </td>
        </tr>

        <tr>
            <td style="width:640px;vertical-align:top">
                <table cellpadding="0" cellspacing="0" style="border-left:1px solid #cccccc;border-right:1px solid #cccccc;border-top:3px solid #74d46b;border-collapse:collapse;width:100%">
                    <tr>
                        <td style="padding:25px 30px 32px 27px;vertical-align:top;border-bottom:1px solid #cccccc;">
                            <h1 style="font-size:28px;line-height:32px;padding-bottom:15px;font-weight:normal;margin:0">Иван, спасибо за ваш заказ!</h1>
                            <p style="font-size:15px;padding-bottom:22px;line-height:24px;margin:0">
                                Ваша заявка принята.
                                Мы свяжемся с вами в ближайшее время для подтверждения заказа №80995490</b>.
                            </p>
                            <p style="font-size:15px;line-height:24px;margin:0">Вы можете отследить статус своего заказа в
                                <a href="https://my.rozetka.com.ua/profile/account/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=MyProfile" target="_blank" style="text-decoration:none;color:#3e77aa">личном кабинете</a>.
                            </p>
                        </td>
                    </tr>
                    <tr>
                        <td style="vertical-align:top">
                            <table cellpadding="0" cellspacing="0" style="border-bottom:1px solid #cccccc;border-collapse:collapse;width:100%">
                                <tr>
                                    <td style="padding:0 30px 0 27px;vertical-align:top">
                                        <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;line-height:24px;width:580px">
                                            <tr>
                                                <td colspan="2" style="vertical-align:baseline">
                                                    <h2 style="font-size:26px;margin:0;font-weight:normal;padding:20px 0 10px 0">Заказ № 80995490</h2>
                                                </td>
                                                <td style="vertical-align:baseline;text-align:right;font-size:15px">21 января 2017 11:59</td>
                                            </tr>
                                            <tr>
                                                <td style="font-size:13px;padding-bottom:5px;width:280px;vertical-align:top;color:#999999">Название и цена товара</td>
                                                <td style="font-size:13px;padding-bottom:5px;width:100px;vertical-align:top;color:#999999">Кол-во</td>
                                                <td style="font-size:13px;padding-bottom:5px;width:200px;text-align:right;vertical-align:top;color:#999999">Сумма</td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;vertical-align:top">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;margin-top:10px;margin-bottom:10px;width:100%">
                                                        <tr>
                                                            <td align="center" style="padding-left:20px;padding-right:20px;padding-top:5px;padding-bottom:5px;width:100px;vertical-align:middle">
                                                                <a href="http://hard.rozetka.com.ua/asus_rog_strix_rx470_o8g_gaming/p12664143/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=photo" target="_blank" style="text-decoration:none;line-height:0;">
                                                                    <img src="http://i2.rozetka.ua/goods/1793615/copy_asus_rog_strix_rx470_o4g_gaming_583e9e9278491_images_1793615938.jpg" border="0" width="80" height="45" alt="Asus PCI-Ex Radeon RX470 ROG Strix OC 8GB GDDR5 (256bit) (1250/6600) (2 x DVI, HDMI, DisplayPort) (STRIX-RX470-O8G-GAMING)" style="display:block;background-color:#ffffff;">
                                                                </a>
                                                            </td>
                                                            <td style="padding-top:5px;padding-bottom:5px;vertical-align:top">
                                                                <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                                    <tr>
                                                                        <td colspan="3" style="padding:0 0 3px 0;line-height:20px">
                                                                            <a href="http://hard.rozetka.com.ua/asus_rog_strix_rx470_o8g_gaming/p12664143/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=title" target="_blank" style="color:#3e77aa;font-size:15px;text-decoration:none;word-break:break-word;">Asus PCI-Ex Radeon RX470 ROG Strix OC 8GB GDDR5 (256bit) (1250/6600) (2 x DVI, HDMI, DisplayPort) (STRIX-RX470-O8G-GAMING)</a><span style="white-space:nowrap;font-size:12px;color:#999999;padding-left:10px">№ 1-12664143</span>
                                                                        </td>
                                                                    </tr>


                                                                    <tr>
                                                                        <td style="font-size:15px;width:140px;vertical-align:top;padding-top:5px">7 952 грн</td>
                                                                        <td style="font-size:15px;width:100px;vertical-align:top;padding-top:5px">2 шт.</td>
                                                                        <td style="font-size:18px;width:200px;vertical-align:top;text-align:right;color:#333333;padding-top:5px">15 904 грн </td>
                                                                    </tr>
                                                                </table>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;margin-top:10px;margin-bottom:10px;width:100%">
                                                        <tr>
                                                            <td align="center" style="padding-left:20px;padding-right:20px;padding-top:5px;padding-bottom:5px;width:100px;vertical-align:middle">
                                                                <a href="http://hard.rozetka.com.ua/asus_geforce_gtx750ti_oc_2gd5/p525120/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=photo" target="_blank" style="text-decoration:none;line-height:0;">
                                                                    <img src="http://i2.rozetka.ua/goods/29120/asus_geforce_gtx750ti_oc_2gd5_images_29120200.jpg" border="0" width="80" height="51" alt="Asus PCI-Ex GeForce GTX 750 Ti 2048MB GDDR5 (128bit) (1150/5400) (VGA, 2 x DVI, HDMI) (GTX750TI-OC-2GD5)" style="display:block;background-color:#ffffff;">
                                                                </a>
                                                            </td>
                                                            <td style="padding-top:5px;padding-bottom:5px;vertical-align:top">
                                                                <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                                    <tr>
                                                                        <td colspan="3" style="padding:0 0 3px 0;line-height:20px">
                                                                            <a href="http://hard.rozetka.com.ua/asus_geforce_gtx750ti_oc_2gd5/p525120/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=title" target="_blank" style="color:#3e77aa;font-size:15px;text-decoration:none;word-break:break-word;">Asus PCI-Ex GeForce GTX 750 Ti 2048MB GDDR5 (128bit) (1150/5400) (VGA, 2 x DVI, HDMI) (GTX750TI-OC-2GD5)</a><span style="white-space:nowrap;font-size:12px;color:#999999;padding-left:10px">№ 1-525120</span>
                                                                        </td>
                                                                    </tr>


                                                                    <tr>
                                                                        <td style="font-size:15px;width:140px;vertical-align:top;padding-top:5px">3 791 грн</td>
                                                                        <td style="font-size:15px;width:100px;vertical-align:top;padding-top:5px">1 шт.</td>
                                                                        <td style="font-size:18px;width:200px;vertical-align:top;text-align:right;color:#333333;padding-top:5px">3 791 грн </td>
                                                                    </tr>
                                                                </table>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;margin-top:10px;margin-bottom:10px;width:100%">
                                                        <tr>
                                                            <td align="center" style="padding-left:20px;padding-right:20px;padding-top:5px;padding-bottom:5px;width:100px;vertical-align:middle">
                                                                <a href="http://hard.rozetka.com.ua/kingston_shfs37a_240g/p1104944/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=photo" target="_blank" style="text-decoration:none;line-height:0;">
                                                                    <img src="http://i1.rozetka.ua/goods/118411/kingston_shfs37a_240g_images_118411260.jpg" border="0" width="80" height="57" alt="Kingston HyperX Fury 240GB 2.5&quot; SATAIII MLC (SHFS37A/240G)" style="display:block;background-color:#ffffff;">
                                                                </a>
                                                            </td>
                                                            <td style="padding-top:5px;padding-bottom:5px;vertical-align:top">
                                                                <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                                    <tr>
                                                                        <td colspan="3" style="padding:0 0 3px 0;line-height:20px">
                                                                            <a href="http://hard.rozetka.com.ua/kingston_shfs37a_240g/p1104944/?utm_source=dm&utm_medium=email&utm_campaign=payorder&utm_content=title" target="_blank" style="color:#3e77aa;font-size:15px;text-decoration:none;word-break:break-word;">Kingston HyperX Fury 240GB 2.5&quot; SATAIII MLC (SHFS37A/240G)</a><span style="white-space:nowrap;font-size:12px;color:#999999;padding-left:10px">№ 1-1104944</span>
                                                                        </td>
                                                                    </tr>


                                                                    <tr>
                                                                        <td style="font-size:15px;width:140px;vertical-align:top;padding-top:5px">2 522 грн</td>
                                                                        <td style="font-size:15px;width:100px;vertical-align:top;padding-top:5px">1 шт.</td>
                                                                        <td style="font-size:18px;width:200px;vertical-align:top;text-align:right;color:#333333;padding-top:5px">2 522 грн </td>
                                                                    </tr>
                                                                </table>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:17px;padding-bottom:17px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="width:140px;vertical-align:top;padding:0">Доставка</td>
                                                            <td style="width:260px;vertical-align:top;padding:0">
                                                                Самовывоз
                                                                из нашего магазина
                                                                <table cellpadding="0" cellspacing="0" style="border:0;padding:0;margin:0;border-collapse:collapse;width:100%">
                                                                    <tr>
                                                                        <td style="width:17px;vertical-align:top;padding-top:3px">
                                                                            <a href="https://maps.yandex.ua/?text=
%D0%9A%D0%B8%D0%B5%D0%B2%2C+%D1%83%D0%BB.+%D0%AF%D1%80%D0%BE%D1%81%D0%BB%D0%B0%D0%B2%D1%81%D0%BA%D0%B0%D1%8F%2C+%D0%B4.+57" target="_blank">
                                                                                <img src="http://i.rozetka.ua/design/letters/neworder/point.png" width="10" height="15" style="border:0;display:block;line-height:0;outline:0">
                                                                            </a>
                                                                        </td>
                                                                        <td style="vertical-align:top;font-size:13px;color:#999999;line-height:20px">
                                                                            <a style="color:#3e77aa;text-decoration:none" href="https://maps.yandex.ua/?text=
%D0%9A%D0%B8%D0%B5%D0%B2%2C+%D1%83%D0%BB.+%D0%AF%D1%80%D0%BE%D1%81%D0%BB%D0%B0%D0%B2%D1%81%D0%BA%D0%B0%D1%8F%2C+%D0%B4.+57" target="_blank">
                                                                                Киев, Отделение №1, ул. Ярославская, д. 57
                                                                            </a>
                                                                        </td>
                                                                    </tr>
                                                                </table>
                                                            </td>
                                                            <td style="width:180px;text-align:right;vertical-align:top;padding:0">
                                                                <span style="font-size:15px;font-style:italic">бесплатно</span>
                                                            </td>
                                                        </tr>
                                                        <tr>
                                                            <td colspan="3" style="font-size:13px;padding:10px 30px 5px 30px;vertical-align:top;width:190px;text-align:justify;">
                                                                <div style="border:1px solid #e3e3e3;padding:15px;line-height:21px">Сроки оговариваются при оформлении. Резерв товара в магазине – 2 дня.
                                                                    При получении обязательно проверяйте целостность товара, комплектацию.
                                                                </div>
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:17px;padding-bottom:17px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="font-size:15px;vertical-align:top;width:140px">Оплата</td>
                                                            <td style="font-size:15px;vertical-align:top;">
                                                                Наличная
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:17px;padding-bottom:17px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="font-size:15px;vertical-align:top;width:140px">Покупатель</td>
                                                            <td style="font-size:15px;vertical-align:top">Иван, +380 (67) 408-76-54</td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:17px;padding-bottom:17px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="vertical-align:middle;width:140px">Продавец</td>
                                                            <td style="font-size:40px;vertical-align:middle">
                                                                <img src="http://i1.rozetka.ua/sellers/1/1724.jpg" width="120" height="30" alt="Rozetka" title="Rozetka" />
                                                            </td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:17px;padding-bottom:17px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="font-size:15px;vertical-align:top;width:140px">Комментарий</td>
                                                            <td style="font-size:15px;vertical-align:top">тестовая покупка, удалите заказ не перезванивая</td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td colspan="3" style="border-top:1px solid #f0f0f0;padding-top:22px;padding-bottom:22px">
                                                    <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                        <tr>
                                                            <td style="font-size:18px;vertical-align:baseline">К оплате</td>
                                                            <td style="font-size:26px;text-align:right;vertical-align:baseline">22 217 грн</td>
                                                        </tr>
                                                    </table>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>


        <tr>
            <td style="width:640px;vertical-align:top">
                <table cellpadding="0" cellspacing="0" style="border-left:1px solid #cccccc;border-right:1px solid #cccccc;border-collapse:collapse;width:100%">
                    <tr>
                        <td style="padding:22px 30px 22px 27px;border-top:1px solid #cccccc;border-bottom:1px solid #cccccc;">
                            <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                <tr>
                                    <td style="width:68px;vertical-align:middle">
                                        <img src="http://i.rozetka.ua/design/letters/neworder/phone-icon.png" alt="Телефон" width="48" height="48" style="border-width:0;display:block">
                                    </td>
                                    <td style="vertical-align:middle">
                                        <p style="margin:0;font-size:15px;line-height:24px">Будем рады ответить на Ваши вопросы:</p>
                                        <p style="margin:0;padding:0;font-size:15px;line-height:24px">(044) 537-02-22, (044) 503-80-80, 0 800 503-808</p>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                    <tr>
                        <td style="padding: 23px 30px 23px 23px;vertical-align:top;border-bottom: 3px solid #74d46b">
                            <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                <tr>
                                    <td style="width:50%;vertical-align:middle;height:29px">
                                        <a href="http://rozetka.com.ua/computers-notebooks/c80253/?utm_source=dm&utm_medium=email&utm_campaign=payorder" target="_blank" style="color:#3e77aa;text-decoration:none">
                                            <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                <tr>
                                                    <td style="width:25px;padding-right:5px;text-align:center"><img src="http://i.rozetka.ua/design/letters/neworder/f-note.png" alt="Ноутбуки, планшеты и ПК" title="Ноутбуки, планшеты и ПК" width="23" height="19" style="border-width:0;vertical-align:bottom"></td>
                                                    <td style="color:#3e77aa;">Ноутбуки, планшеты и ПК</td>
                                                </tr>
                                            </table>
                                        </a>
                                    </td>
                                    <td style="width:50%;vertical-align:middle;height:29px">
                                        <a href="http://rozetka.com.ua/273290/c273290/?utm_source=dm&utm_medium=email&utm_campaign=payorder" target="_blank" style="color:#3e77aa;text-decoration:none">
                                            <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                                <tr>
                                                    <td style="width:25px;padding-right:5px;text-align:center"><img src="http://i.rozetka.ua/design/letters/neworder/f-auto.png" alt="Автотовары" title="Автотовары" width="22" height="18" style="border-width:0;vertical-align:bottom">
                                                    <td style="color:#3e77aa;">Автотовары</td>
                                                </tr>
                                            </table>
                                        </a>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                    <tr>
                        <td style="padding:10px 0 14px">
                            <table cellpadding="0" cellspacing="0" style="border:0;border-collapse:collapse;width:100%">
                                <tr>
                                    <td style="vertical-align:middle;border-right:1px solid #cccccc;width:290px;padding-left:20px;">
										<span style="color:#666666;font-size:12px">Интернет-магазин Rozetka.ua<br> 04080,
											<a href="http://rozetka.com.ua/contacts/?utm_source=dm&utm_medium=email&utm_campaign=payorder" style="color:#3e77aa" target="_blank">Киев, ул. Ярославская, 57</a>
										</span>
                                    </td>
                                    <td style="vertical-align:middle;text-align:center">
										<span style="font-size:12px;line-height:16px;color:#666666;">
											<strong>(044) 537-02-22</strong><br>											0 800 503-808<br>											(044) 503-80-80										</span>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
        <tr>
            <td style="font-size:0;vertical-align:top">
                <img src="http://i.rozetka.ua/design/letters/neworder/border-bottom.png" width="640" height="6" style="border:0;display:block">
            </td>
        </tr>


    </table>
</div>
</body>
</html>
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
    <meta http-equiv="content-type" content="text/html" charset="UTF-8">
</head>
<body style="background-color: #ffffff;padding: 20px 0;margin: 0 auto;">
<table align="center" border="0" bgcolor="#f8f8f8" class="table wrap-table-email" cellpadding="0" cellspacing="0" width="100%" style="background-color: #f8f8f8;max-width: 600px;min-width: 320px;width: 100%;border-collapse: collapse;border-spacing: 0;margin: 0 auto;padding: 0;mso-table-lspace: 0pt;mso-table-rspace: 0pt;">
    <tbody>
    <tr>
        <td class="wrap-td-header" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;padding-bottom: 30px;">
            <table class="table-header" align="center" style="background-color: #f8f8f8;max-width: 600px;min-width: 320px;width: 100%;border-collapse: collapse;border-spacing: 0;margin: 0 auto;padding: 0;mso-table-lspace: 0pt;mso-table-rspace: 0pt;">
                <tbody>
                <tr>
                    <th style="margin: 0;padding: 0 0 20px 0;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;">
                        Здравствуйте!
                    </th>
                </tr>
                <tr>
                    <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        Меня зовут Павел и я отвечаю за то, чтобы оформленный Вами заказ в целости и сохранности попал к вам в руки,<br><br>
                        Давайте посмотрим что Вы заказали и сверим контактные данные, в случае неточности вы можете ответить на это письмо,
                        или позвонить по тел: 8(910) 504-19-38
                    </td>
                </tr>
                </tbody>
            </table>
        </td>
    </tr>
    <tr>
        <td class="wrap-td-content" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;padding-bottom: 30px;">
            <table class="table-content" width="100%" border="0" cellspacing="0" cellpadding="0" style="background-color: #f8f8f8;max-width: 600px;min-width: 320px;width: 100%;border-collapse: collapse;border-spacing: 0;margin: 0 auto;padding: 0;mso-table-lspace: 0pt;mso-table-rspace: 0pt;background: #fff9e8;border: solid 1px #cccccc;">
                <tbody>
                <tr>
                    <th class="head-table" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;">
                        Детализация заказа:
                    </th>
                    <th class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;">
                        Адрес доставки:
                    </th>
                </tr>
                <tr>
                    <td class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        № Заказа: {{$order->id}}
                    </td>
                    <td class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        Имя:
                    </td>
                </tr>
                <tr>
                    <td class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        Дата заказа: {{$order->created_at}}
                    </td>
                    <td class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        Адрес:
                    </td>
                </tr>
                <tr>
                    <td class="td-table" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
                        Способ доставки:
                    </td>
                </tr>
                </tbody>
            </table>
        </td>
    </tr>
    <tr>
        <td class="wrap-td-content" style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;padding-bottom: 30px;">
            <table class="table-content-2" width="100%" border="0" cellspacing="0" cellpadding="0" style="background-color: #f8f8f8;max-width: 600px;min-width: 320px;width: 100%;border-collapse: collapse;border-spacing: 0;margin: 0 auto;padding: 0;mso-table-lspace: 0pt;mso-table-rspace: 0pt;background: #ffffff;border: solid 1px #cccccc;">
                <tbody>
                <tr>
                    <th class="head-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;border-bottom: solid 1px #cccccc;">Товар</th>
                    <th class="head-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;border-bottom: solid 1px #cccccc;">Модель</th>
                    <th class="head-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;border-bottom: solid 1px #cccccc;">Количество</th>
                    <th class="head-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;border-bottom: solid 1px #cccccc;">Цена</th>
                </tr>
                @foreach($order->products as $product)
                <tr>
                    <td class="td-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;border-bottom: solid 1px #cccccc;text-align: center;">
                        <img src="appolon.jpg" width="100" alt="" style="outline: none;-ms-interpolation-mode: bicubic;display: block;margin: 0 auto;padding: 0;">

                    </td>
                    <td class="td-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;border-bottom: solid 1px #cccccc;text-align: center;">{{$product->title}}<br>Артикул: {{$product->id}}</td>
                    <td class="td-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;border-bottom: solid 1px #cccccc;text-align: center;">{{$product->qty}} шт.</td>
                    <td class="td-table-2" style="margin: 0;padding: 20px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;border-bottom: solid 1px #cccccc;text-align: center;">{{$product->sum}} руб.</td>
                </tr>
                @endforeach
                </tbody>
            </table>
        </td>
    </tr>
    <tr>
        <th class="wrap-td-footer" style="margin: 0;padding: 0 0 20px 0;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;font-weight: bold;letter-spacing: normal;">
            A теперь я расскажу, что будет происходить дальше:
        </th>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            1. Мы бережно упакуем ваш заказ. Вы можете не переживать насчёт сохранности товара;
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            2. Упакованный товар будет передан в службу доставки, которую вы выбрали в процессе оформления заказа;
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            3. И через указанный при оформлении заказа срок он уже будет у вас.
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            Как видите всё просто :)
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            По всем вопросам вы можете написать нам, ответив на это письмо, или позвонить  по тел: 8(910)504-19-38. Трубку сниму я или мои коллеги.
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            По кнопке внизу Вы можете перейти в личный кабинет и следить за статусом отправки и доставки вашего заказа.
        </td>
    </tr>
    <tr>
        <td style="margin: 0;padding: 10px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            С уважением, Павел.
        </td>
    </tr>
    <tr>
        <td align="center" class="td-button" style="margin: 0;padding: 40px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #333333;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">
            <a class="a-button" target="_blank" href="#" style="background-color: #47a447;text-decoration: none;margin: 0;padding: 15px 30px 15px 30px;font-family: Verdana, Arial, sans-serif;font-size: 14px;color: #ffffff;line-height: 20px;mso-line-height-rule: exactly;font-style: normal;letter-spacing: normal;">Личный кабинет</a>
        </td>
    </tr>
    </tbody>
</table>
</body>
</html>

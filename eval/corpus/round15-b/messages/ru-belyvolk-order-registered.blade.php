<!DOCTYPE html>
<html lang="ru">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=601px">
    <meta name="x-apple-disable-message-reformatting">
    <meta content="telephone=no" name="format-detection">
    <style>
        #outlook a {
            padding: 0;
        }

        .ExternalClass {
            width: 100%;
        }

        .ExternalClass,
        .ExternalClass p,
        .ExternalClass span,
        .ExternalClass font,
        .ExternalClass td,
        .ExternalClass div {
            line-height: 100%;
        }

        .es-button {
            mso-style-priority: 100 !important;
            text-decoration: none !important;
        }

        a[x-apple-data-detectors] {
            color: inherit !important;
            text-decoration: none !important;
            font-size: inherit !important;
            font-family: inherit !important;
            font-weight: inherit !important;
            line-height: inherit !important;
        }

        .es-desk-hidden {
            display: none;
            float: left;
            overflow: hidden;
            width: 0;
            max-height: 0;
            line-height: 0;
            mso-hide: all;
        }

        [data-ogsb] .es-button {
            border-width: 0 !important;
            padding: 10px 20px 10px 20px !important;
        }

        [data-ogsb] .es-button.es-button-1631615642267 {
            padding: 10px 20px !important;
        }

        [data-ogsb] .es-button.es-button-1631615642270 {
            padding: 10px 20px !important;
        }

        [data-ogsb] .es-button.es-button-1631615642273 {
            padding: 10px 20px !important;
        }

        s {
            text-decoration: line-through;
        }

        html,
        body {
            width: 100%;
            font-family: 'arial', 'helvetica neue', 'helvetica', 'sans-serif';
            -webkit-text-size-adjust: 100%;
            -ms-text-size-adjust: 100%;
        }

        table {
            mso-table-lspace: 0pt;
            mso-table-rspace: 0pt;
            border-collapse: collapse;
            border-spacing: 0px;
        }

        table td,
        html,
        body,
        .es-wrapper {
            padding: 0;
            Margin: 0;
        }

        .es-content,
        .es-header,
        .es-footer {
            table-layout: fixed !important;
            width: 100%;
        }

        img {
            display: block;
            border: 0;
            outline: none;
            text-decoration: none;
            -ms-interpolation-mode: bicubic;
        }

        table tr {
            border-collapse: collapse;
        }

        p,
        hr {
            Margin: 0;
        }

        h1,
        h2,
        h3,
        h4,
        h5 {
            Margin: 0;
            line-height: 120%;
            mso-line-height-rule: exactly;
            font-family: 'arial', 'helvetica neue', 'helvetica', 'sans-serif';
        }

        p,
        ul li,
        ol li,
        a {
            -webkit-text-size-adjust: none;
            -ms-text-size-adjust: none;
            mso-line-height-rule: exactly;
        }

        .es-left {
            float: left;
        }

        .es-right {
            float: right;
        }

        .es-p5 {
            padding: 5px;
        }

        .es-p5t {
            padding-top: 5px;
        }

        .es-p5b {
            padding-bottom: 5px;
        }

        .es-p5l {
            padding-left: 5px;
        }

        .es-p5r {
            padding-right: 5px;
        }

        .es-p10 {
            padding: 10px;
        }

        .es-p10t {
            padding-top: 10px;
        }

        .es-p10b {
            padding-bottom: 10px;
        }

        .es-p10l {
            padding-left: 10px;
        }

        .es-p10r {
            padding-right: 10px;
        }

        .es-p15 {
            padding: 15px;
        }

        .es-p15t {
            padding-top: 15px;
        }

        .es-p15b {
            padding-bottom: 15px;
        }

        .es-p15l {
            padding-left: 15px;
        }

        .es-p15r {
            padding-right: 15px;
        }

        .es-p20 {
            padding: 20px;
        }

        .es-p20t {
            padding-top: 20px;
        }

        .es-p20b {
            padding-bottom: 20px;
        }

        .es-p20l {
            padding-left: 20px;
        }

        .es-p20r {
            padding-right: 20px;
        }

        .es-p25 {
            padding: 25px;
        }

        .es-p25t {
            padding-top: 25px;
        }

        .es-p25b {
            padding-bottom: 25px;
        }

        .es-p25l {
            padding-left: 25px;
        }

        .es-p25r {
            padding-right: 25px;
        }

        .es-p30 {
            padding: 30px;
        }

        .es-p30t {
            padding-top: 30px;
        }

        .es-p30b {
            padding-bottom: 30px;
        }

        .es-p30l {
            padding-left: 30px;
        }

        .es-p30r {
            padding-right: 30px;
        }

        .es-p35 {
            padding: 35px;
        }

        .es-p35t {
            padding-top: 35px;
        }

        .es-p35b {
            padding-bottom: 35px;
        }

        .es-p35l {
            padding-left: 35px;
        }

        .es-p35r {
            padding-right: 35px;
        }

        .es-p40 {
            padding: 40px;
        }

        .es-p40t {
            padding-top: 40px;
        }

        .es-p40b {
            padding-bottom: 40px;
        }

        .es-p40l {
            padding-left: 40px;
        }

        .es-p40r {
            padding-right: 40px;
        }

        .es-menu td {
            border: 0;
        }

        .es-menu td a img {
            display: inline-block !important;
        }

        a {
            text-decoration: underline;
        }

        p,
        ul li,
        ol li {
            font-family: 'arial', 'helvetica neue', 'helvetica', 'sans-serif';
        }

        ul li,
        ol li {
            Margin-bottom: 15px;
        }

        .es-menu td a {
            text-decoration: none;
            display: block;
            font-family: 'arial', 'helvetica neue', 'helvetica', 'sans-serif';
        }

        .es-wrapper {
            width: 100%;
            height: 100%;
            background-image: ;
            background-repeat: repeat;
            background-position: center top;
        }

        .es-wrapper-color {
            background-color: #f6f6f6;
        }

        .es-header {
            background-color: transparent;
            background-image: ;
            background-repeat: repeat;
            background-position: center top;
        }

        .es-header-body {
            background-color: #ffffff;
        }

        .es-header-body p,
        .es-header-body ul li,
        .es-header-body ol li {
            color: #999999;
            font-size: 14px;
        }

        .es-header-body a {
            color: #999999;
            font-size: 14px;
        }

        .es-content-body {
            background-color: #ffffff;
        }

        .es-content-body p,
        .es-content-body ul li,
        .es-content-body ol li {
            color: black;
            font-size: 14px;
        }

        .es-content-body a {
            color: #faa41d;
            font-size: 14px;
        }

        .es-footer {
            background-color: transparent;
            background-image: ;
            background-repeat: repeat;
            background-position: center top;
        }

        .es-footer-body {
            background-color: #efefef;
        }

        .es-footer-body p,
        .es-footer-body ul li,
        .es-footer-body ol li {
            color: #666666;
            font-size: 14px;
        }

        .es-footer-body a {
            color: #666666;
            font-size: 14px;
        }

        .es-infoblock,
        .es-infoblock p,
        .es-infoblock ul li,
        .es-infoblock ol li {
            line-height: 120%;
            font-size: 12px;
            color: #999999;
        }

        .es-infoblock a {
            font-size: 12px;
            color: #999999;
        }

        h1 {
            font-size: 30px;
            font-style: normal;
            font-weight: normal;
            color: black;
        }

        h2 {
            font-size: 24px;
            font-style: normal;
            font-weight: normal;
            color: black;
        }

        h3 {
            font-size: 20px;
            font-style: normal;
            font-weight: bold;
            color: black;
        }

        .es-header-body h1 a,
        .es-content-body h1 a,
        .es-footer-body h1 a {
            font-size: 30px;
        }

        .es-header-body h2 a,
        .es-content-body h2 a,
        .es-footer-body h2 a {
            font-size: 24px;
        }

        .es-header-body h3 a,
        .es-content-body h3 a,
        .es-footer-body h3 a {
            font-size: 20px;
        }

        a.es-button,
        button.es-button {
            border-style: solid;
            border-color: #14141e;
            border-width: 10px 20px 10px 20px;
            display: inline-block;
            background: #14141e;
            border-radius: 0px;
            font-size: 18px;
            font-family: 'arial', 'helvetica neue', 'helvetica', 'sans-serif';
            font-weight: normal;
            font-style: normal;
            line-height: 120%;
            color: #efefef;
            text-decoration: none;
            width: auto;
            text-align: center;
        }

        .es-button-border {
            border-style: solid solid solid solid;
            border-color: #14141e #14141e #14141e #14141e;
            background: #2cb543;
            border-width: 0px 0px 0px 0px;
            display: inline-block;
            border-radius: 0px;
            width: auto;
        }

    </style>
</head>

<body>
    <div class="es-wrapper-color">
        <table class="es-wrapper" width="100%" cellspacing="0" cellpadding="0">
            <tbody>
                <tr>
                    <td class="esd-email-paddings" valign="top">
                        <table cellpadding="0" cellspacing="0" class="es-header" align="center">
                            <tbody>
                                <tr>
                                    <td class="es-adaptive esd-stripe" esd-custom-block-id="2657" align="center">
                                        <table class="es-header-body" width="600" cellspacing="0" cellpadding="0"
                                            align="center">
                                            <tbody>
                                                <tr>
                                                    <td class="esd-structure" esd-general-paddings-checked="false"
                                                        style="background: #75c5f0; padding: 10px 0px;">
                                                        <table cellspacing="0" cellpadding="0" style="width:100%;">
                                                            <tbody>
                                                                <tr>
                                                                    <td class="esd-container-frame" width="383"
                                                                        align="left">
                                                                        <table width="100%" cellspacing="0"
                                                                            cellpadding="0">
                                                                            <tbody>
                                                                                <tr>
                                                                                    <td class="esd-block-menu"
                                                                                        esd-img-prev-h="16"
                                                                                        esd-img-prev-w="16">
                                                                                        <table class="es-menu"
                                                                                            width="100%" cellspacing="0"
                                                                                            cellpadding="0">
                                                                                            <tbody>
                                                                                                <tr
                                                                                                    class="links">
                                                                                                    <td class="es-p10t es-p10b es-p5r es-p5l "
                                                                                                        width="33.33%"
                                                                                                        bgcolor="transparent"
                                                                                                        align="center">
                                                                                                        <a target="_blank"
                                                                                                            style="color: white;text-decoration:underline;font-weight: bold;font-size: 14px;line-height: 16px;"
                                                                                                            href="tel:+79788500420">+7
                                                                                                            (978)
                                                                                                            850-04-20</a>
                                                                                                    </td>
                                                                                                    <td class="esd-block-image es-m-p0l es-p10t es-p10b"
                                                                                                        align="center"
                                                                                                        style="font-size:0">
                                                                                                        <a href="{{ route('index') }}"
                                                                                                            target="_blank">

                                                                                                            <img width="150"
                                                                                                                alt="Белый волк"
                                                                                                                src="{{ route('index') . '/images/logo.png' }}" />
                                                                                                        </a>
                                                                                                    </td>
                                                                                                    <td class="es-p10t es-p10b es-p5r es-p5l "
                                                                                                        width="33.33%"
                                                                                                        bgcolor="transparent"
                                                                                                        align="center">
                                                                                                        <a target="_blank"
                                                                                                            style="color: white;text-decoration:underline;font-weight: bold;font-size: 14px;line-height: 16px;"
                                                                                                            href="mailto:bel.volk.zoo@gmail.com">bel.volk.zoo@gmail.com</a>
                                                                                                    </td>
                                                                                                </tr>
                                                                                            </tbody>
                                                                                        </table>
                                                                                    </td>
                                                                                </tr>
                                                                            </tbody>
                                                                        </table>
                                                                    </td>
                                                                </tr>
                                                            </tbody>
                                                        </table>
                                                    </td>
                                                </tr>
                                            </tbody>
                                        </table>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                    </td>
                </tr>

            </tbody>

        </table>
        <table class="es-content" style="width: 600px !important;" cellspacing="0" cellpadding="0" align="center">
            <td class="esd-structure es-p20t es-p20b es-p20r es-p20l" style="padding-top:50px"
                esd-custom-block-id="47378">
                <table cellpadding="0" cellspacing="0" class="es-left" align="left">
                    <tbody>
                        <tr>
                            <td width="100%" class="esd-container-frame" align="center">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="left" class="esd-block-text es-p5t es-m-txt-c">
                                                <p style="color: black;text-align:center;font-size: 24px;
                                                line-height: 28px; font-weight:600">Ваш заказ</p>
                                            </td>
                                        </tr>
                                    </tbody>
                                </table>
                            </td>
                            <td class="es-hidden" width="5"></td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </table>
        @php $totalPrice = 0 @endphp
        <table class="es-content" style="width: 600px !important;" cellspacing="0" cellpadding="0" align="center">
            <td class="esd-structure" align="left" style="padding:20px 50px" esd-custom-block-id="47378">
                <table cellpadding="0" cellspacing="0" class="es-left" align="left" style="width:60%">
                    <tbody>
                        <tr>
                            <td width="320" class="es-m-p0r es-m-p20b esd-container-frame" align="center">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="left" class="esd-block-text es-m-txt-c">
                                                <p
                                                    style="font-size: 16px;color: black;margin:0;line-height: 18px;font-weight:600;">
                                                    Товар:</p>
                                            </td>
                                            <td>

                                            </td>
                                        </tr>
                                        @foreach ($order->products_orders()->getResults() as $item)
                                            <tr>
                                                <td align="left" class="esd-block-text es-p5t es-m-txt-c">
                                                    <p style="color: black;font-size: 16px;
                                                line-height: 18px;;margin:0;padding-top:20px">
                                                        <a
                                                            href="{{ route('product.details', ['product' => $item->getProduct()->getId()]) }}">{{ $item->getProduct()->getTitle() }}</a>
                                                        {{ $item->getCount() }} шт.
                                                    </p>
                                                </td>
                                            </tr>
                                        @endforeach
                                    </tbody>
                                </table>
                            </td>
                            <td class="es-hidden" width="5"></td>
                        </tr>
                    </tbody>
                </table>
                <table cellpadding="0" cellspacing="0" align="right" style="width:30%">
                    <tbody>
                        <tr>
                            <td width="96" class="es-m-p20b esd-container-frame" align="center">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="right" class="esd-block-text es-m-txt-c">
                                                <p
                                                    style="color: black;;margin:0;font-weight: bold;font-size: 16px;line-height: 18px;">
                                                    <strong>Цена</strong>
                                                </p>
                                            </td>
                                        </tr>
                                        @foreach ($order->products_orders()->getResults() as $item)
                                            <tr>
                                                <td align="right" class="esd-block-text es-m-txt-c">
                                                    <p style="font-size: 25px; padding-top:10px;margin:0;color: black;">
                                                        <span
                                                            style="color: #75c5f0;font-weight: bold;font-size: 20px;line-height: 23px;text-align:right;">{{ $item->getProduct()->getPrice() }}
                                                            &#8381;</span>
                                                    </p>
                                                </td>
                                            </tr>
                                        @endforeach
                                    </tbody>
                                </table>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </table>
        <table class="es-content" style="width: 600px !important;" cellspacing="0" cellpadding="0" align="center">
            <td class="esd-structure" align="left" style="padding: 20px 50px;" esd-custom-block-id="47378">
                <table cellpadding="0" cellspacing="0" class="es-left" align="left">
                    <tbody>
                        <tr>
                            <td width="100%" class="esd-container-frame" align="center">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="left" class="esd-block-text es-p5t es-m-txt-c">
                                                <p style="color: black;font-size: 16px;
                                                line-height: 18px;text-align:left;margin-bottom:20px;">
                                                    <span style="display:block;font-weight:bold;">Итого:</span>
                                                    <span
                                                        style="display:block;color: #75c5f0;padding-top:20px;font-weight: bold;font-size: 20px;line-height: 23px;">{{ $order->total_price }}
                                                        &#8381;</span>
                                                </p>
                                            </td>
                                        </tr>
                                        <tr>
                                            <td align="left" class="esd-block-text es-p5t es-m-txt-c">
                                                <p style="color: black;font-size: 16px;
                                                line-height: 18px;text-align:left;">
                                                    <span style="display:block;font-weight:bold;">Тип получения:
                                                        {{ $order->delivery == 'delivery_delivery' ? 'Доставка' : 'Самовывоз' }}</span>
                                                </p>
                                            </td>
                                        </tr>
                                    </tbody>
                                </table>
                            </td>
                            <td class="es-hidden" width="5"></td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </table>
        <table class="es-content" style="width: 600px !important;" cellspacing="0" cellpadding="0" align="center">
            <td class="esd-structure" style="padding:30px 20px 20px 20px" esd-custom-block-id="47378">
                <table cellpadding="0" cellspacing="0" class="es-left">
                    <tbody>
                        <tr>
                            <td width="100%" class="esd-container-frame">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="left" class="esd-block-text es-m-txt-c">
                                                <p style="color: black;font-size: 16px;
                                                line-height: 18px;text-align:center;margin:0;">В ближайшее время
                                                    свяжемся с вами
                                                </p>
                                                <p style="color: black;font-size: 34px;
                                                line-height: 43px;padding-top:10px;text-align:center;margin:0;">Спасибо
                                                    за
                                                    заказ!</p>
                                            </td>
                                        </tr>
                                    </tbody>
                                </table>
                            </td>
                            <td class="es-hidden" width="5"></td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </table>
        <table class="es-content" style="width: 600px !important;" cellspacing="0" cellpadding="0" align="center">
            <td class="esd-structure es-p20t es-p20b es-p20r es-p20l" align="left" style="background-color: #75c5f0;"
                esd-custom-block-id="47378">
                <table cellpadding="0" cellspacing="0" class="es-left" align="left">
                    <tbody>
                        <tr>
                            <td width="100%" class="esd-container-frame" align="center">
                                <table cellpadding="0" cellspacing="0" width="100%">
                                    <tbody>
                                        <tr>
                                            <td align="left" class="esd-block-text es-p5t es-m-txt-c">
                                                <p style="color: white;font-size: 14px;
                                                line-height: 16px;text-align:center;">©
                                                    Белый Волк, {{ now()->year }}</p>
                                            </td>
                                        </tr>
                                    </tbody>
                                </table>
                            </td>
                            <td class="es-hidden" width="5"></td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </table>
    </div>
</body>

</html>

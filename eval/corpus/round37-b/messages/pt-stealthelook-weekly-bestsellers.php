<html xmlns:fb="http://www.facebook.com/2008/fbml" xmlns:og="http://opengraph.org/schema/">

<head>

    <meta property="og:title" content="Os Mais Vendidos da Semana" />
    <meta property="fb:page_id" content="43929265776" />
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
    <meta name="referrer" content="origin" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <title>Os Mais Vendidos da Semana</title>
    <style type="text/css">
        @media only screen {
            html {
                min-height: 100%;
                background: #fefefe
            }
        }

        @media only screen and (max-width:720px) {
            table.body table.container .show-for-large {
                display: none!important;
                width: 0;
                mso-hide: all;
                overflow: hidden
            }
        }

        @media only screen and (max-width:720px) {
            table.body img {
                width: auto;
                height: auto
            }
            table.body center {
                min-width: 0!important
            }
            table.body .container {
                width: 95%!important
            }
            table.body .columns {
                height: auto!important;
                -moz-box-sizing: border-box;
                -webkit-box-sizing: border-box;
                box-sizing: border-box;
                padding-left: 20px!important;
                padding-right: 20px!important
            }
            table.body .columns .columns {
                padding-left: 0!important;
                padding-right: 0!important
            }
            th.small-1 {
                display: inline-block!important;
                width: 8.33333%!important
            }
            th.small-3 {
                display: inline-block!important;
                width: 25%!important
            }
            th.small-4 {
                display: inline-block!important;
                width: 33.33333%!important
            }
            th.small-6 {
                display: inline-block!important;
                width: 50%!important
            }
            th.small-8 {
                display: inline-block!important;
                width: 66.66667%!important
            }
            th.small-12 {
                display: inline-block!important;
                width: 100%!important
            }
            .columns th.small-12 {
                display: block!important;
                width: 100%!important
            }
            table.menu {
                width: 100%!important
            }
            table.menu td,
            table.menu th {
                width: auto!important;
                display: inline-block!important
            }
            table.menu[align=center] {
                width: auto!important
            }
        }
    </style>

</head>

    <body style="-moz-box-sizing:border-box;-ms-text-size-adjust:100%;-webkit-box-sizing:border-box;-webkit-text-size-adjust:100%;Margin:0;background:#f3f3f3!important;box-sizing:border-box;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;min-width:100%;padding:0;text-align:left;width:100%!important"><span class="preheader" style="color:#fefefe;display:none!important;font-size:1px;line-height:1px;max-height:0;max-width:0;mso-hide:all!important;opacity:0;overflow:hidden;visibility:hidden">Os itens que fizeram sucesso no SHOP</span>
        <table class="body"
            style="Margin:0;background:#f3f3f3!important;border-collapse:collapse;border-spacing:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;height:100%;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;width:100%">
            <tr style="padding:0;text-align:left;vertical-align:top">
                <td class="center" align="center" valign="top" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                    <center data-parsed="" style="min-width:700px;width:100%">
                        <style type="text/css" align="center" class="float-center">
                            @media screen and (min-width:700px) {
                                .content-images {
                                    width: 100%!important
                                }
                                #siga-instagram {
                                    font-size: 24px!important;
                                    line-height: 35px!important
                                }
                                #code-text {
                                    text-align: center!important;
                                    font-size: 30px!important;
                                    line-height: 40px!important
                                }
                            }

                            @media screen and (max-width:550px) {
                                p {
                                    font-size: 10px!important;
                                    font-family: 'Open Sans', sans-serif!important
                                }
                                #code-text {
                                    text-align: center!important;
                                    font-size: 18px!important;
                                    line-height: 35px!important
                                }
                                #footer-cred-text {
                                    font-size: 10px!important;
                                    line-height: 20px
                                }
                                .article-text {
                                    font-size: 12px!important;
                                    padding-left: 18px!important;
                                    padding-right: 18px!important
                                }
                                .cat-image-fix {
                                    padding: 5px!important
                                }
                                .text-value-fix {
                                    font-size: 10px!important
                                }
                                #siga-instagram {
                                    font-size: 24px!important;
                                    line-height: 35px!important
                                }
                                .btn-white-fix {
                                    width: 50%!important
                                }
                            }

                            @media screen and (device-aspect-ratio:40/71) {
                                p {
                                    font-size: 10px!important;
                                    line-height: 20px!important
                                }
                                p>#first-line {
                                    text-decoration: outline!important
                                }
                                #code-text {
                                    text-align: center!important;
                                    font-size: 18px!important;
                                    line-height: 35px!important
                                }
                                .menu-item>a {
                                    font-size: 11px!important
                                }
                                .text-value-fix {
                                    font-size: 9px!important
                                }
                                #siga-instagram {
                                    font-size: 24px!important;
                                    line-height: 35px!important
                                }
                                #stay-connected {
                                    font-size: 24px!important;
                                    line-height: 35px!important
                                }
                                .btn-white-fix {
                                    width: 50%!important
                                }
                            }
                        </style>
                        <table align="center" class="container float-center" style="Margin:0 auto;background:#fefefe;border-collapse:collapse;border-spacing:0;float:none;margin:0 auto;padding:0;text-align:center;vertical-align:top;width:700px">
                            <tbody>
                                <tr style="padding:0;text-align:left;vertical-align:top">
                                    <td style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                        <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                            <tbody>
                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                    <td height="15px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:15px;font-weight:400;hyphens:auto;line-height:15px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                </tr>
                                            </tbody>
                                        </table>
                                        <p id="first-line" class="text-center" style="Margin:0;Margin-bottom:10px;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;margin-bottom:10px;padding:0;text-align:center"><small style="color:#cacaca;font-size:80%"><a href="http://mailchi.mp/139e61da0b32/os-mais-vendidos-da-semana?e=ae04534270" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"> <span style="display:none;"> --- </span>ver no navegador</a> | <a href="https://shop.us5.list-manage.com/unsubscribe?u=ddba658ade1d826d0228a3788&id=5c48b1cf5b&e=ae04534270&c=e15457bd42" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">desinscrever <span style="display:none;"> --- </span></a></small></p>
                                        <table
                                            class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                            <tbody>
                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                    <th class="small-12 large-12 columns first last" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:20px;padding-right:20px;text-align:left;width:680px">
                                                        <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                            <tr style="padding:0;text-align:left;vertical-align:top">
                                                                <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                    <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                        <tbody>
                                                                            <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                <td height="30px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:30px;font-weight:400;hyphens:auto;line-height:30px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                            </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <center data-parsed="" style="min-width:640px;width:100%"><a href="http://stealthelook.shop" align="center" class="float-center" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img src="http://static.stealthelook.com.br/news/new_stl_news/shop_news/shop_logo.jpg" alt="Steal The Look Shop - Acesse!" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></a></center>
                                                                    <table
                                                                        class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                        <tbody>
                                                                            <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                <td height="30px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:30px;font-weight:400;hyphens:auto;line-height:30px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                            </tr>
                                                                        </tbody>
                                                        </table>
                                                        <table class="row" style="border-collhow to make a button browser apse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                            <tbody>
                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                    <center data-parsed="" style="min-width:640px;width:100%">
                                                                        <table style="Margin:0 auto;border-collapse:collapse;border-spacing:0;color:#000;float:none;font-family:helvetica;margin:0 auto;padding:0;text-align:center;text-transform:uppercase;vertical-align:top;width:auto!important"
                                                                            align="center" class="menu float-center">
                                                                            <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                <td style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                    <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                            <th class="menu-item float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/new-in" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>New In</strong></a></th>
                                                                                            <th
                                                                                                class="menu-item float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/roupas" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>Roupas</strong></a></th>
                                                                                                <th
                                                                                                    class="menu-item show-for-large float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/sapatos" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>Sapatos</strong></a></th>
                                                    <th
                                                        class="menu-item show-for-large float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/acessorios" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>Acessórios</strong></a></th>
                                                        <th
                                                            class="menu-item show-for-large float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/vintage" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>vintage</strong></a></th>
                                                            <th
                                                                class="menu-item float-center" style="Margin:0 auto;color:#0a0a0a;float:none;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:10px;padding-bottom:0!important;padding-right:25px;text-align:center"><a href="https://stealthelook.shop/sale" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>Sale</strong></a></th>
                                                                </tr>
                                                                </table>
                                                                </td>
                                                                </tr>
                                                                </table>
                                                                </center>
                                                                </tr>
                                                                </tbody>
                                                                </table>
                                                                <hr style="margin-top:20px!important">
                                                                <!-- BEGIN CONTENT -->
                                                                <!-- SPACER 10 -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="10px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:10px;font-weight:400;hyphens:auto;line-height:10px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- TITLE BEFORE PRODUCTS -->
                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                        <td class="text-center" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:center;vertical-align:top;word-wrap:break-word">
                                                                            <h3 id="code-text" class="text-center" style="Margin:0;Margin-bottom:10px;color:inherit;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:28px;font-weight:400;line-height:22px;margin:0;margin-bottom:10px;padding:0;text-align:center;word-wrap:normal">
                                                                                <a href="https://stealthelook.shop" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                    <center data-parsed="" style="min-width:640px;width:100%"><img src="https://gallery.mailchimp.com/ddba658ade1d826d0228a3788/images/3721095a-16cc-490c-97b4-2cacbbc5a0f3.gif" alt="Steal The Look Shop - Acesse!" align="center" class="float-center"
                                                                                            style="-ms-interpolation-mode:bicubic;Margin:0 auto;border:none;clear:both;display:block;float:none;margin:0 auto;max-width:100%;outline:0;text-align:center;text-decoration:none;width:auto"></center>
                                                                                </a>
                                                                            </h3>
                                                                        </td>
                                                                    </tr>
                                                                </table>
                                                                <!-- SPACER 10 -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- TITLE BEFORE PRODUCTS -->
                                                                <table class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <th class="small-12 large-2 columns first" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:16.66667%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-12 large-8 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:66.66667%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <a href="https://stealthelook.shop" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                                <center data-parsed="" style="min-width:none!important;width:100%"><img src="https://gallery.mailchimp.com/ddba658ade1d826d0228a3788/images/c8115112-4aeb-4dab-9f25-33bd0d531f50.jpg" alt="Steal The Look Shop - Acesse!" align="center"
                                                                                                        class="float-center" style="-ms-interpolation-mode:bicubic;Margin:0 auto;border:none;clear:both;display:block;float:none;margin:0 auto;max-width:100%;outline:0;text-align:center;text-decoration:none;width:auto"></center>
                                                                                            </a>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-12 large-4 columns last" larger="2" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:33.33333%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- SPACER 10 -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                        <td valign="" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                            <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                    <td valign="top" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                        <a href="https://stealthelook.shop/produto/boina-francesa-wine-4743?utm_source=stealthelook_shop_newsletter&utm_medium=newsletter&utm_campaign=os_mais_vendidos_da_semana_19_02_2018"
                                                                                            target="blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                            <div style=""><img src="<?php echo $_POST['image-1']; ?>" alt="Boina Francesa" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></div>
                                                                                        </a>
                                                                                    </td>
                                                                                </tr>
                                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                    <td valign="bottom" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                        <a href="https://stealthelook.shop/produto/calca-jeans-mom-acid-2734?utm_source=stealthelook_shop_newsletter&utm_medium=newsletter&utm_campaign=os_mais_vendidos_da_semana_19_02_2018"
                                                                                            target="blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                            <div style=""><img src="<?php echo $_POST['image-2']; ?>" alt="Jeans Mom" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></div>
                                                                                        </a>
                                                                                    </td>
                                                                                </tr>
                                                                            </table>
                                                                        </td>
                                                                        <td valign="" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                            <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                    <td valign="top" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                        <a href="https://stealthelook.shop/produto/blusa-tule-coracao-2247?utm_source=stealthelook_shop_newsletter&utm_medium=newsletter&utm_campaign=os_mais_vendidos_da_semana_19_02_2018"
                                                                                            target="blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                            <div style=""><img src="<?php echo $_POST['image-3']; ?>" alt="Blusa de Tule" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></div>
                                                                                        </a>
                                                                                    </td>
                                                                                </tr>
                                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                    <td valign="top" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                        <a href="https://stealthelook.shop/produto/choker-black-154?utm_source=stealthelook_shop_newsletter&utm_medium=newsletter&utm_campaign=os_mais_vendidos_da_semana_19_02_2018"
                                                                                            target="blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                            <div style=""><img src="<?php echo $_POST['image-4']; ?>" alt="Choker Black" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></div>
                                                                                        </a>
                                                                                    </td>
                                                                                </tr>
                                                                                <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                    <td valign="bottom" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;hyphens:auto;line-height:22px;margin:0;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">
                                                                                        <a href="https://stealthelook.shop/acessorios/cintos?utm_source=stealthelook_shop_newsletter&utm_medium=newsletter&utm_campaign=os_mais_vendidos_da_semana_19_02_2018"
                                                                                            target="blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                            <div align="center"><img src="<?php echo $_POST['image-5']; ?>" alt="Cinto Statement" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></div>
                                                                                        </a>
                                                                                    </td>
                                                                                </tr>
                                                                            </table>
                                                                        </td>
                                                                    </tr>
                                                                </table>
                                                                <!-- SPACER 10 -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- END CONTENT -->
                                                                <!-- SPACER -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- INSTAGRAM BLOCK -->
                                                                <table class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <th class="small-12 large-12 columns first last" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:100%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <h3 id="siga-instagram" class="text-center" style="Margin:0;Margin-bottom:10px;color:inherit;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:28px;font-weight:400;line-height:35px!important;margin:0;margin-bottom:10px;padding:0;text-align:center;text-transform:uppercase;word-wrap:normal">Follow us on <a href="https://instagram.com/stealthelook.shop/" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><b>instagram</b></a></h3>
                                                                                        </th>
                                                                                        <th class="expander" style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0!important;padding-bottom:0!important;text-align:left;visibility:hidden;width:0"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- SPACER -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <th class="small-6 large-3 columns first" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:25%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <div style="padding:3px"><a href="https://instagram.com/stealthelook.shop/" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img src="https://instagram.fcgh4-1.fna.fbcdn.net/vp/7f97f31f34dc40ce3d849ef3ec9064bb/5B140516/t51.2885-15/s640x640/sh0.08/e35/c0.102.876.876/27890928_126346491520670_8644469333650571264_n.jpg" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></a></div>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-6 large-3 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:25%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <div style="padding:3px"><a href="https://instagram.com/stealthelook.shop/" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img src="https://instagram.fcgh4-1.fna.fbcdn.net/vp/d4226fee07e13121dbf0cc88055352b6/5B12B29A/t51.2885-15/e35/c0.79.640.640/27581767_556911904686579_3231006542757101568_n.jpg" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></a></div>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-6 large-3 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:25%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <div style="padding:3px"><a href="https://instagram.com/stealthelook.shop/" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img src="https://instagram.fcgh4-1.fna.fbcdn.net/vp/b4308ca6fbf32704c181e26a7dc4598e/5B093EC4/t51.2885-15/e35/c0.80.640.640/27892263_1675676965825344_6426431244266897408_n.jpg" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></a></div>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-6 large-3 columns last" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:25%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <div style="padding:3px"><a href="https://instagram.com/stealthelook.shop/" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img src="https://instagram.fcgh4-1.fna.fbcdn.net/vp/91fa443fa3a418101466639f499a91b4/5B0F87ED/t51.2885-15/e35/c0.74.640.640/27581616_226612817884010_7794340635409907712_n.jpg" style="-ms-interpolation-mode:bicubic;border:none;clear:both;display:block;max-width:100%;outline:0;text-decoration:none;width:auto"></a></div>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <!-- END - INSTAGRAM BLOCK -->
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="40px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:40px;font-weight:400;hyphens:auto;line-height:40px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <th class="small-12 large-12 columns first last" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:100%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <h3 id="stay-connected" class="text-center" style="Margin:0;Margin-bottom:10px;color:inherit;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:28px;font-weight:400;line-height:35px!important;margin:0;margin-bottom:10px;padding:0;text-align:center;word-wrap:normal">STAY <b>CONNECTED</b></h3>
                                                                                        </th>
                                                                                        <th class="expander" style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0!important;padding-bottom:0!important;text-align:left;visibility:hidden;width:0"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="15px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:15px;font-weight:400;hyphens:auto;line-height:15px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table class="row" style="border-collapse:collapse;border-spacing:0;display:table;padding:0;position:relative;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <th class="small-12 large-2 columns first" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:16.66667%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-4 large-1 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:8.33333%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"><a href="https://www.facebook.com/stealthelook.shop" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img class="text-center" src="http://static.stealthelook.com.br/news/new_stl_news/facebook_logo.png" alt="STL_facebook" style="-ms-interpolation-mode:bicubic;Margin:0 auto;border:none;clear:both;display:block;float:none;margin:0 auto;max-width:100%;outline:0;text-align:center;text-decoration:none;width:auto"></a></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-4 large-1 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:8.33333%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left">
                                                                                            <a href="https://www.pinterest.com/stealthelookshop/" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none">
                                                                                                <img class="text-center" src="http://static.stealthelook.com.br/news/new_stl_news/pinterest_logo.png" alt="STL_pinterest" style="-ms-interpolation-mode:bicubic;Margin:0 auto;border:none;clear:both;display:block;float:none;margin:0 auto;max-width:100%;outline:0;text-align:center;text-decoration:none;width:auto">
                                                                                            </a>
                                                                                        </th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-4 large-1 columns" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:8.33333%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"><a href="https://www.instagram.com/stealthelook.shop/" target="_blank" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><img class="text-center" src="http://static.stealthelook.com.br/news/new_stl_news/instagram_logo.png" alt="STL_instagram" style="-ms-interpolation-mode:bicubic;Margin:0 auto;border:none;clear:both;display:block;float:none;margin:0 auto;max-width:100%;outline:0;text-align:center;text-decoration:none;width:auto"></a></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                            <th class="small-12 large-2 columns last" style="Margin:0 auto;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0 auto;padding:0;padding-bottom:0!important;padding-left:0!important;padding-right:0!important;text-align:left;width:16.66667%">
                                                                                <table style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                                    <tr style="padding:0;text-align:left;vertical-align:top">
                                                                                        <th style="Margin:0;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;padding:0;padding-bottom:0!important;text-align:left"></th>
                                                                                    </tr>
                                                                                </table>
                                                                            </th>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <hr style="margin-top:20px!important">
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="20px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:20px;font-weight:400;hyphens:auto;line-height:20px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                <p id="footer-cred-text" class="text-center" style="Margin:0;Margin-bottom:10px;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:12px;font-weight:400;line-height:22px;margin:0;margin-bottom:10px;padding:0;text-align:center">Os produtos apresentado estão sujeitos a variação de preços, conforme determinação dos respectivos e-commerces. Qualquer dúvida, favor entrar em contato através do email <a href="mailto:contato@stealthelook.shop"
                                                                        style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><strong>contato@stealthelook.shop</strong></a><br><br>
                                                                    <span
                                                                        style="width:80%">Caso não deseje mais receber nossas novidades, <a href="https://shop.us5.list-manage.com/unsubscribe?u=ddba658ade1d826d0228a3788&id=5c48b1cf5b&e=ae04534270&c=e15457bd42" style="Margin:0;color:#000;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-weight:400;line-height:22px;margin:0;padding:0;text-align:left;text-decoration:none"><br><b>clique aqui</b></a>                                                                        para descadastrar seu email.</span>
                                                                </p>
                                                                <table class="spacer" style="border-collapse:collapse;border-spacing:0;padding:0;text-align:left;vertical-align:top;width:100%">
                                                                    <tbody>
                                                                        <tr style="padding:0;text-align:left;vertical-align:top">
                                                                            <td height="10px" style="-moz-hyphens:auto;-webkit-hyphens:auto;Margin:0;border-collapse:collapse!important;color:#0a0a0a;font-family:'Open Sans',Helvetica,Arial,sans-serif;font-size:10px;font-weight:400;hyphens:auto;line-height:10px;margin:0;mso-line-height-rule:exactly;padding:0;text-align:left;vertical-align:top;word-wrap:break-word">&#xA0;</td>
                                                                        </tr>
                                                                    </tbody>
                                                                </table>
                                                                </th>
                                                                </tr>
                        </table>
                        </th>
                        </tr>
                        </tbody>
        </table>
        </td>
        </tr>
        </tbody>
        </table>
        </center>
        </td>
        </tr>
        </table>
        <!-- prevent Gmail on iOS font size manipulation -->
        <div style="display:none;white-space:nowrap;font:15px courier;line-height:0">&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp;</div>
</body>

</html>

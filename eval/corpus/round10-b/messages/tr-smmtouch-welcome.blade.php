<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="preconnect" href="https://fonts.gstatic.com">
    <link href="https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;700&display=swap" rel="stylesheet">
    <title></title>
</head>
<body style="margin: 0;padding: 0;background-color: #f2f5f4;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
<table class="table relz" width="100%" border="0" cellpadding="0" cellspacing="0" style="border-spacing: 0;border-collapse: collapse;width: 100%;position: relative;z-index: 1; background-color: #f2f5f4">
    <tr>
        <td align="center" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
            <table class="table table_w600" border="0" cellpadding="0" cellspacing="0" style="border-spacing: 0;border-collapse: collapse;width: 600px;">
                <tr>
                    <td style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                        <table class="table" border="0" cellpadding="0" cellspacing="0" style="border-spacing: 0;border-collapse: collapse;width: 100%;">
                            <tr>
                                <td style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                                    <img class="img-adapt" src="https://smmtouch.tech/email/top.jpg?v=15092022" alt="" width="600" style="display: block;border: 0;outline: none;text-decoration: none;-ms-interpolation-mode: bicubic;">
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td class="invite-b bg-white" valign="middle" align="center" style="font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;padding-top: 57px;padding-bottom: 49px;padding-left: 0;padding-right: 0;font-size: 22px;font-weight: bold;line-height: 27px;color: #19233C;background-color: #fff;">
                        <table width="250" style="border-spacing:0;">
                            <tr>
                                <td style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">Hoşgeldiniz!</td>
                                <td style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                                    <img src="https://smmtouch.tech/email/hand.png?v=15092022" width="23" height="23" alt="">
                                </td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td class="bg-white pad60" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;background-color: #fff;padding-left: 60px;padding-right: 60px;">
                        <table border="0" cellpadding="0" cellspacing="0" style="border-spacing:0;">
                            <tr>
                                <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">Hesapları güçlendirmek ve sosyal medyada para kazanmak için çevrimiçi bir hizmet olan SMMTouch.tech'a kaydoldunuz.</td>
                            </tr>
                            <tr>
                                <td height="39" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">Başlamak için oturum açın</td>
                            </tr>
                            <tr>
                                <td height="18" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">Login: <span class="blue-c" style="color: #2691F4;text-decoration: none;">{{ $login }}</span>
                                </td>
                            </tr>
                            <tr>
                                <td height="7" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">E-mail: <span class="blue-c" style="color: #2691F4;text-decoration: none;">{{ $email }}</span>
                                </td>
                            </tr>
                            <tr>
                                <td height="5" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">Şifre: <span class="blue-c" style="color: #2691F4;text-decoration: none;">{{ $password }}</span>
                                </td>
                            </tr>
                            <tr>
                                <td height="42" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td height="37" align="center" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                                    <a class="go-btn2" href="{{ env('APP_URL') . '/' . $lang }}" style="text-decoration:none;display:block;height:48px;width:308px;border-radius:24px;background-color:#2691f4;line-height:48px;font-weight:bold;color:#fff;font-size:14px;">
                                        Websitesine bi bakın.
                                    </a>
                                </td>
                            </tr>
                            <tr>
                                <td height="56" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                        </table>
                    </td>
                </tr>
                <tr>
                    <td class="bg-white pad28" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;background-color: #fff;padding-left: 28px;padding-right: 28px;">
                        <table class="table" style="border-spacing: 0;border-collapse: collapse;width: 100%;">
                            <tr>
                                <td width="100%" style="height: 1px;background-color: #C4C4C4;padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td height="25" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                            <tr>
                                <td align="center" valign="middle" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                                    <table style="border-spacing:0;">
                                        <tr>
                                            <td style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;">
                                                <a class="logo-link" href="{{ env('APP_URL') . '/' . $lang }}" target="_blank" style="text-decoration: none;">
                                                    <img src="https://smmtouch.tech/email/logo.png?v=15092022" style="border:0" width="45" height="50" alt="">
                                                </a>
                                            </td>
                                            <td width="17" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                                            <td class="text-style" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;font-weight: normal;font-size: 14px;line-height: 19px;color: #19233C;">Sevgi ve saygıyla,
                                                <br><a class="logo-link-text" href="{{ env('APP_URL') . '/' . $lang }}" target="_blank" style="color: #2691F4;text-decoration: underline;">SmmTouch </a>takımı.
                                            </td>
                                        </tr>
                                    </table>
                                </td>
                            </tr>
                            <tr>
                                <td height="46" style="padding: 0;font-family: 'Open Sans', Arial, 'helvetica neue', helvetica, sans-serif;"></td>
                            </tr>
                        </table>
                    </td>
                </tr>
            </table>
        </td>
    </tr>
</table>
</body>
</html>

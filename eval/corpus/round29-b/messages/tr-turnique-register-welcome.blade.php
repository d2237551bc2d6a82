@extends('mails.main')

@section('content')
    <table border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#F6F8FA" width="100%">
        <tbody>
            <tr>
                <td>
                    <table border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#F0F3F6"
                        class="margin-full res-rem-radius" width="750"
                        background="img/c466356e40e937bf2c0e38c4541f7206.png"
                        style="background-size:cover;background-position:center center;border-radius:8px 8px 0px 0px;margin-top:-1px;">
                        <tbody>
                            <tr>
                                <td>
                                    <table border="0" cellpadding="0" cellspacing="0" align="center" class="margin-pad"
                                        width="600">
                                        <tbody>
                                            <tr>
                                                <td height="35" style="font-size:0;line-height:0;">&nbsp;</td>
                                            </tr>
                                            <tr>
                                                <td style="padding-top:5px;padding-bottom:5px;">
                                                    <table border="0" cellpadding="0" cellspacing="0" align="center"
                                                        width="100%">
                                                        <tbody>
                                                            <tr>
                                                                <td valign="top">
                                                                    <table border="0" cellpadding="0" cellspacing="0"
                                                                        width="147" align="left" class="res-full">
                                                                        <tbody>
                                                                            <tr>
                                                                                <td width="60" valign="top"
                                                                                    style="vertical-align:top;padding-top:0;padding-bottom:0;">
                                                                                    <table border="0" cellpadding="0"
                                                                                        cellspacing="0" align="left"
                                                                                        class="res-full">
                                                                                        <tbody>
                                                                                            <tr>
                                                                                                <td>
                                                                                                    <table border="0"
                                                                                                        cellpadding="0"
                                                                                                        cellspacing="0"
                                                                                                        align="center">
                                                                                                        <tbody>
                                                                                                            <tr>
                                                                                                                <td><img alt="Image"
                                                                                                                        width="60"
                                                                                                                        src="img/cf654c440eb372ea687e139e31581194.png"
                                                                                                                        style="font-size:0;line-height:0;width:100%;display:block;max-width:60px;border-radius:4px;border:0;" />
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
                                                                    <!-- [if (gte mso 9)|(IE)]></td><td><![endif] -->
                                                                    <table border="0" cellpadding="0" cellspacing="0"
                                                                        width="1" align="left" class="res-full">
                                                                        <tbody>
                                                                            <tr>
                                                                                <td height="1"
                                                                                    style="font-size:0;line-height:0;">
                                                                                    &nbsp;</td>
                                                                            </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <!-- [if (gte mso 9)|(IE)]></td><td valign="top"><![endif] -->
                                                                    <table border="0" cellpadding="0" cellspacing="0"
                                                                        width="441" align="right" class="res-full">
                                                                        <tbody>
                                                                            <tr>
                                                                                <td
                                                                                    style="padding-top:24px;padding-bottom:24px;">
                                                                                    <table border="0" cellpadding="0"
                                                                                        cellspacing="0" align="right"
                                                                                        class="res-full">
                                                                                        <tbody>
                                                                                            <tr>
                                                                                                <td>
                                                                                                    <table border="0"
                                                                                                        cellpadding="0"
                                                                                                        cellspacing="0"
                                                                                                        align="center">
                                                                                                        <tbody>
                                                                                                            <tr>
                                                                                                                <td class="res-text-center"
                                                                                                                    style="text-align:center;padding-right:11px;padding-left:0;">
                                                                                                                    <a style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;color:#FFFFFF;word-break:break-word;text-decoration:none;"
                                                                                                                        href="#">PROFİLİM</a>
                                                                                                                </td>
                                                                                                                <td class="res-text-center"
                                                                                                                    style="text-align:center;padding-right:11px;padding-left:11px;">
                                                                                                                    <a style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;color:#FFFFFF;word-break:break-word;text-decoration:none;"
                                                                                                                        href="#">ETKİNLİKLER</a>
                                                                                                                </td>
                                                                                                                <td class="res-text-center"
                                                                                                                    style="text-align:center;padding-right:0;padding-left:11px;">
                                                                                                                    <a style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;color:#FFFFFF;word-break:break-word;text-decoration:none;"
                                                                                                                        href="#">İLETİŞİM</a>
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
                                            <tr>
                                                <td class="res-text-center"
                                                    style="font-family:'Roboto', Arial;font-size:37px;line-height:45px;letter-spacing:6.5px;text-align:center;color:#FFFFFF;word-break:break-word;padding-top:40px;padding-bottom:0;">
                                                    <span style="font-weight:bold;">TURNİQUE</span>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td class="res-text-center"
                                                    style="font-family:'Roboto', Arial;font-size:18px;line-height:25px;letter-spacing:0px;text-align:center;color:#FFFFFF;word-break:break-word;padding-top:8px;padding-bottom:0;">
                                                    Kartlı Geçi&Takip Sistemleri</td>
                                            </tr>
                                            <tr>
                                                <td style="padding-top:22px;padding-bottom:0;">
                                                    <table border="0" cellpadding="0" cellspacing="0" align="center"
                                                        class="res-full">
                                                        <tbody>
                                                            <tr>
                                                                <td>
                                                                    <table border="0" cellpadding="0" cellspacing="0"
                                                                        align="center">
                                                                        <tbody>
                                                                            <tr>
                                                                                <td
                                                                                    style="padding-right:4px;padding-left:0;">
                                                                                    <table border="0" cellpadding="0"
                                                                                        cellspacing="0"
                                                                                        style="overflow:hidden;border-radius:100px;background-color:#FFFFFF;">
                                                                                        <tbody>
                                                                                            <tr>
                                                                                                <td
                                                                                                    style="text-align:center;padding:10px 28px;line-height:22px;">
                                                                                                    <a href=""
                                                                                                        style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;color:#252B3A;word-break:break-all;text-decoration:none;padding:10px 0;">DAHA
                                                                                                        FAZLA ÖĞREN</a>
                                                                                                </td>
                                                                                            </tr>
                                                                                        </tbody>
                                                                                    </table>
                                                                                </td>
                                                                                <td
                                                                                    style="padding-right:0;padding-left:4px;">
                                                                                    <table border="0" cellpadding="0"
                                                                                        cellspacing="0"
                                                                                        style="overflow:hidden;border-radius:100px;background-color:#3162D4;">
                                                                                        <tbody>
                                                                                            <tr>
                                                                                                <td
                                                                                                    style="text-align:center;padding:10px 28px;line-height:22px;">
                                                                                                    <a href=""
                                                                                                        style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;color:#FFFFFF;word-break:break-all;text-decoration:none;padding:10px 0;">BAŞLA</a>
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
                                            <tr>
                                                <td height="95" style="font-size:0;line-height:0;">&nbsp;</td>
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

    <table border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#F6F8FA" width="100%">
        <tbody>
            <tr>
                <td>
                    <table border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#EAEDF2"
                        class="margin-full res-rem-radius" width="750"
                        style="border-radius:0px 0px 0px 0px;margin-top:-1px;">
                        <tbody>
                            <tr>
                                <td>
                                    <table border="0" cellpadding="0" cellspacing="0" align="center"
                                        class="margin-pad" width="600">
                                        <tbody>
                                            <tr>
                                                <td height="64" style="font-size:0;line-height:0;">&nbsp;</td>
                                            </tr>
                                            <tr>
                                                <td class="res-text-center"
                                                    style="font-family:'Roboto', Arial;font-size:15px;line-height:22px;letter-spacing:1px;text-align:center;color:#3162D4;word-break:break-word;font-weight:bold;padding-top:0;padding-bottom:3px;">
                                                    TURNİQUE</td>
                                            </tr>
                                            <tr>
                                                <td class="res-text-center"
                                                    style="font-family:'Roboto', Arial;font-size:22px;line-height:30px;letter-spacing:0px;text-align:center;color:#252B3A;word-break:break-word;">
                                                    Aramıza Hoş Geldin</td>
                                            </tr>
                                            <tr>
                                                <td style="padding-top:11px;padding-bottom:12px;">
                                                    <table border="0" cellpadding="0" cellspacing="0" align="center"
                                                        class="res-full">
                                                        <tbody>
                                                            <tr>
                                                                <td>
                                                                    <table border="0" cellpadding="0" cellspacing="0"
                                                                        align="center">
                                                                        <tbody>
                                                                            <tr>
                                                                                <td height="0"
                                                                                    style="border-bottom:4px solid rgb(49, 98, 212);border-radius:3px;"
                                                                                    width="60"></td>
                                                                            </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                </td>
                                            </tr>
                                            <tr>
                                                <td class="res-text-center"
                                                    style="font-family:'Roboto', Arial;font-size:16px;line-height:22px;letter-spacing:0px;text-align:center;color:#252B3A;word-break:break-word;padding-top:4px;padding-bottom:0;">
                                                    Turnique Kartlı Geçiş&Takip sistemlerine hoşgeldiniz. Hemen bir kart temin etmek için yöneticinize danışın veya bir talep bırakın.
                                                </td>
                                            </tr>
                                            <tr>
                                                <td height="70" style="font-size:0;line-height:0;">&nbsp;</td>
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
@endsection

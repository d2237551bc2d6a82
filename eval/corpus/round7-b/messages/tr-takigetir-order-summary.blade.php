<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
    <title>{subject}</title>

    <style type="text/css">

        body{width: 100%; background-color: #f0f3f8; margin:0; padding:0; -webkit-font-smoothing: antialiased;mso-margin-top-alt:0px; mso-margin-bottom-alt:0px; mso-padding-alt: 0px 0px 0px 0px;}

        p,h1,h2,h3,h4{margin-top:0;margin-bottom:0;padding-top:0;padding-bottom:0;}

        span.preheader{display: none; font-size: 1px;}

        html{width: 100%;}

        table{font-size: 12px;border: 0;}

        .menu-space{padding-right:25px;}

        a,a:hover { text-decoration:none; color:#FFF;}


        @media only screen and (max-width:640px)

        {
            body{width:auto!important;}
            table[class=main] {width:440px !important;}
            table[class=two-left] {width:420px !important; margin:0px auto;}
            table[class=full] {width:100% !important; margin:0px auto;}
            table[class=alaine] { text-align:center;}
            table[class=menu-space] {padding-right:0px;}
            table[class=banner] {width:438px !important;}
            table[class=menu] {width:438px !important; margin:0px auto; border-bottom:#e1e0e2 solid 1px;}
            table[class=date] {width:438px !important; margin:0px auto; text-align:center;}
            table[class=two-left-inner] {width:400px !important; margin:0px auto;}
            table[class=menu-icon] { display:block;}
            table[class=two-left-menu] {text-align:center;}

        }

        @media only screen and (max-width:479px)
        {
            body{width:auto!important;}
            table[class=main]  {width:310px !important;}
            table[class=two-left] {width:300px !important; margin:0px auto;}
            table[class=full] {width:100% !important; margin:0px auto;}
            table[class=alaine] { text-align:center;}
            table[class=menu-space] {padding-right:0px;}
            table[class=banner] {width:308px !important;}
            table[class=menu] {width:308px !important; margin:0px auto; border-bottom:#e1e0e2 solid 1px;}
            table[class=date] {width:308px !important; margin:0px auto; text-align:center;}
            table[class=two-left-inner] {width:280px !important; margin:0px auto;}
            table[class=menu-icon] { display:none;}
            table[class=two-left-menu] {width:310px !important; margin:0px auto;}


        }



    </style>

</head>

<body yahoo="fix" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">

<span class="preheader" style="color: transparent; display: none; font-size: 1px; height: 0; opacity: 0; visibility: hidden; width: 0;"></span>

<!--Main Table Start-->

<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8">
    <tr>
        <td align="center" valign="top">

            <modules>

                <module label="em-01">

                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8" data-bgcolor="BodyBg" data-module="Notification 5 module 1" >
                        <tr>
                            <td align="center" valign="top"><table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td height="60" align="center" valign="top" style="font-size:60px; line-height:60px;">&nbsp;</td>
                                    </tr>
                                </table></td>
                        </tr>
                    </table>

                </module>

                <module label="em-02">

                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#eee" data-bgcolor="BodyBg" data-module="Notification 5 module 2">
                        <tr>
                            <td align="center" valign="top"><table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td align="center" valign="top" style="background:#ffc646;" data-bgcolor="theme-bg"><table width="500" border="0" cellspacing="0" cellpadding="0" class="two-left-inner">
                                                <tr>
                                                    <td height="35" align="center" valign="top" style="font-size:35px; line-height:35px;">&nbsp;</td>
                                                </tr>
                                                <tr>
                                                    <td align="center" valign="top"><table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
                                                            <tr>
                                                                <td width="50%" align="center" valign="top" class="two-left">
                                                                    <table border="0" align="left" cellpadding="0" cellspacing="0" class="full">
                                                                        <tr>
                                                                            <td align="center" valign="top"><a href="">
                                                                                <img mc:edit="tm5-01" editable label="image" src="https://tanitimkampanyasi.com/frontend/assets/img/logo1.png" width="200"  alt=""/>
                                                                            </a></td>
                                                                        </tr>
                                                                    </table>
                                                                </td>
                                                                <td width="50%" align="right" valign="middle" class="two-left"><table  border="0" align="right" cellpadding="0" cellspacing="0" class="full">
                                                                        <tr>
                                                                            <td align="center" valign="top"><table width="190" border="0" align="center" cellpadding="0" cellspacing="0">
                                                                                    <tr>
                                                                                        <td width="30" align="left" valign="middle"><img mc:edit="tm5-02" editable label="image" src="images/print.png" width="16" height="16" alt="" /></td>
                                                                                        <td width="160" align="left" valign="middle" style="font-family:'Open Sans', sans-serif, Verdana; font-size:13px; color:#FFF; line-height:20px; font-weight:bold;" mc:edit="tm5-03"><multi label="content"></multi></td>
                                                                                    </tr>
                                                                                </table></td>
                                                                        </tr>
                                                                    </table></td>
                                                            </tr>
                                                        </table></td>
                                                </tr>
                                                <tr>
                                                    <td height="35" align="center" valign="top" style="font-size:35px; line-height:35px;">&nbsp;</td>
                                                </tr>
                                            </table></td>
                                    </tr>
                                </table></td>
                        </tr>
                    </table>

                </module>

                <module label="em-03">

                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ff0000" data-bgcolor="BodyBg" data-module="Notification 5 module 3">
                        <tr>
                            <td align="center" valign="top"><table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td align="center" valign="top" style="background:#f5b72a;" data-bgcolor="theme-bg2"><table width="500" border="0" cellspacing="0" cellpadding="0" class="two-left-inner">
                                                <tr>
                                                    <td height="55" align="center" valign="top" style="font-size:55px; line-height:55px;">&nbsp;</td>
                                                </tr>
                                                <tr>
                                                    <td align="center" valign="top"><table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
                                                            <tr>
                                                                <td width="225" align="left" valign="top" class="two-left"><table width="100%" border="0" align="right" cellpadding="0" cellspacing="0" class="full">
                                                                        <tr>
                                                                            <td align="left" valign="top" style="font-family:'Open Sans', Verdana, Arial; font-size:14px; color:#FFF; font-weight:bold;" mc:edit="tm5-04"><multi label="content">Sayın</multi></td>
                                                                        </tr>
                                                                        <tr>
                                                                            <td height="5" align="left" valign="top" style="font-size:5px; line-height:5px;">&nbsp;</td>
                                                                        </tr>
                                                                        <tr>
                                                                            <td align="left" valign="top" style="font-family:'Open Sans', Verdana, Arial; font-size:14px; color:#FFF; font-weight:normal; line-height:24px;" mc:edit="tm5-05">
                                                                                <multi label="content"> {{ $ShopCart->name.' '.$ShopCart->surname }} <br />
                                                                                    {{ $ShopCart->phone }}
                                                                                    <br>
                                                                                    {{ $ShopCart->address }}
                                                                                </multi>
                                                                            </td>
                                                                        </tr>
                                                                    </table></td>
                                                                <td width="150" align="left" valign="top" class="two-left"><table width="100%" border="0" align="right" cellpadding="0" cellspacing="0" class="full">


                                                                    </table></td>
                                                                <td width="125" align="left" valign="top" class="two-left"><table width="125" border="0" align="right" cellpadding="0" cellspacing="0" class="full">
                                                                        <tr>
                                                                            <td align="left" valign="top"><table width="125" border="0" align="left" cellpadding="0" cellspacing="0">
                                                                                    <tr>
                                                                                        <td height="15" align="left" valign="top" style="font-size:15px; line-height:15px;">&nbsp;</td>
                                                                                    </tr>
                                                                                    <tr>
                                                                                        <td align="left" valign="top" style="font-family:'Open Sans', Verdana, Arial; font-size:12px; color:#FFF; font-weight:bold;" mc:edit="tm5-08"><multi label="content">Sipariş Toplam</multi></td>
                                                                                    </tr>
                                                                                    <tr>
                                                                                        <td height="5" align="left" valign="top" style="font-size:5px; line-height:5px;">&nbsp;</td>
                                                                                    </tr>
                                                                                    <tr>
                                                                                        <td align="left" valign="top" style="font-family:'Open Sans', Verdana, Arial; font-size:30px; color:#FFF; font-weight:bold;" mc:edit="tm5-09"><multi label="content"></multi>
                                                                                        </td>
                                                                                    </tr>
                                                                                </table></td>
                                                                        </tr>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                        </table></td>
                                                </tr>
                                                <tr>
                                                    <td height="55" align="center" valign="top" style="font-size:55px; line-height:55px;">&nbsp;</td>
                                                </tr>
                                            </table></td>
                                    </tr>
                                </table></td>
                        </tr>
                    </table>

                </module>
                <module label="em-04">
                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" class="menu-icon" bgcolor="#f0f3f8" data-bgcolor="BodyBg" data-module="Notification 5 module 4" >
                        <tr>
                            <td align="center" valign="top"><table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td align="center" valign="top" style="background:#FFF;"><table width="500" border="0" cellspacing="0" cellpadding="0" class="two-left-inner">
                                                <tr>
                                                    <td height="65" align="center" valign="top" style="font-size:65px; line-height:65px;">&nbsp;</td>
                                                </tr>
                                                <tr>
                                                    <td height="35" align="center" valign="top" style="font-size:35px; line-height:35px;"><table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
                                                            <tr>
                                                                <td width="155" align="left" valign="top" class="two-left" style="font-family:'Open Sans', sans-serif, Verdana; font-size:15px; color:#333; line-height:22px; font-weight:bold;" mc:edit="tm5-10"><multi label="content">Ürün Adı</multi></td>
                                                                <td width="115" align="left" valign="top" class="two-left" style="font-family:'Open Sans', sans-serif, Verdana; font-size:15px; color:#333; line-height:22px; font-weight:bold;" mc:edit="tm5-11"><multi label="content">Fiyatı</multi></td>
                                                                <td width="115" align="left" valign="top" class="two-left" style="font-family:'Open Sans', sans-serif, Verdana; font-size:15px; color:#333; line-height:22px; font-weight:bold;" mc:edit="tm5-12"><multi label="content">Adet</multi></td>
                                                                <td width="115" align="left" valign="top" class="two-left" style="font-family:'Open Sans', sans-serif, Verdana; font-size:15px; color:#333; line-height:22px; font-weight:bold;" mc:edit="tm5-13"><multi label="content">Tutar</multi></td>
                                                            </tr>
                                                        </table>
                                                    </td>
                                                </tr>
                                                <tr>
                                                    <td height="25" align="center" valign="top" style="font-size:25px; line-height:25px; border-bottom:#CCC solid 1px;">&nbsp;</td>
                                                </tr>
                                            </table>
                                        </td>
                                    </tr>
                                </table>
                            </td>
                        </tr>
                    </table>
                </module>
                @foreach($Cart as $c)
                <module label="em-05">
                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8" data-bgcolor="BodyBg" data-module="Notification 5 module 5">
                        <tr>
                            <td align="center" valign="top"><table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td align="center" valign="top" style="background:#FFF;">
                                            <table width="500" border="0" cellspacing="0" cellpadding="0" class="two-left-inner">
                                                <tr>
                                                    <td height="35" align="center" valign="top" style="font-size:35px; line-height:35px;"><table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
                                                            <tr>
                                                                <td colspan="4" align="left" valign="top" style="font-family:'Open Sans', sans-serif, Verdana; font-size:13px; color:#333; line-height:30px; font-weight:normal;">&nbsp;</td>
                                                            </tr>
                                                            <tr>
                                                                <td width="200" align="left" valign="top" style="font-family:'Open Sans', sans-serif, Verdana; font-size:12px; color:#71746f; line-height:22px; font-weight:normal;" class="two-left" mc:edit="tm5-14">
                                                                    <multi label="content"><b style="font-size:13px;">{{ $c->name }}</b></multi>
                                                                </td>
                                                                <td width="100" align="left" valign="bottom" style="font-family:'Open Sans', sans-serif, Verdana; font-size:13px; color:#71746f; line-height:22px; font-weight:normal;" class="two-left" mc:edit="tm5-15">
                                                                    <multi label="content">{{ money($c->price) }}₺</multi>
                                                                </td>
                                                                <td width="100" align="left" valign="bottom" style="font-family:'Open Sans', sans-serif, Verdana; font-size:13px; color:#71746f; line-height:22px; font-weight:normal;" class="two-left" mc:edit="tm5-16">
                                                                    <multi label="content">{{$c->qty}}</multi>
                                                                </td>
                                                                <td width="100" align="left" valign="bottom" style="font-family:'Open Sans', sans-serif, Verdana; font-size:13px; color:#71746f; line-height:22px; font-weight:normal;" class="two-left" mc:edit="tm5-17">
                                                                    <multi label="content">{{ money($c->qty * $c->price)}}₺</multi>
                                                                </td>
                                                            </tr>
                                                        </table>
                                                    </td>
                                                </tr>
                                                <tr>
                                                    <td height="35" align="center" valign="top" style="font-size:35px; line-height:35px; border-bottom:#CCC solid 1px;">&nbsp;</td>
                                                </tr>
                                            </table>
                                        </td>
                                    </tr>
                                </table>
                            </td>
                        </tr>
                    </table>
                </module>
                @endforeach

                <module label="em-11">

                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8" data-bgcolor="BodyBg" data-module="Notification 5 module 11">
                        <tr>
                            <td align="center" valign="top"><table width="700" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td align="center" valign="top"><table width="350" border="0" align="center" cellpadding="0" cellspacing="0">
                                                <tr>
                                                    <td height="40" align="center" valign="top" style="font-size:40px; line-height:40px;">&nbsp;</td>
                                                </tr>
                                                <tr>
                                                    <td align="center" valign="top" style="font-family:'Open Sans', sans-serif, Verdana; font-size:12px; color:#4b4b4c; line-height:30px; font-weight:normal;" mc:edit="tm5-30"><multi label="content">&copy; {{ date('Y') }} {{ config('app.name') }}</multi></td>
                                                </tr>
                                                <tr>
                                                    <td align="center" valign="top" style="font-family:'Open Sans', sans-serif, Verdana; font-size:12px; color:#4b4b4c; line-height:30px; font-weight:bold; text-decoration:underline;" mc:edit="tm5-32">
                                                        <a href="https://www.takigetir.com" style="text-decoration:none; color:#4b4b4c;">takigetir.com</a>
                                                    </td>
                                                </tr>
                                                <tr>
                                                    <td align="center" valign="top" style="font-family:'Open Sans', sans-serif, Verdana; font-size:12px; color:#4b4b4c; line-height:30px; font-weight:bold; text-decoration:underline;" mc:edit="tm5-32">
                                                        <a href="tel:{{ config('settings.telefon1') }}" style="text-decoration:none; color:#4b4b4c;">
                                                            {{ config('settings.telefon1') }}
                                                        </a>
                                                    </td>
                                                </tr>
                                            </table></td>
                                    </tr>
                                </table></td>
                        </tr>
                    </table>

                </module>

                <module label="em-12">

                    <table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#f0f3f8" data-bgcolor="BodyBg" data-module="Notification 5 module 12" data-thumb="http://www.freetemplates.bz/design/thumbnails/tellmail/05-12.png">
                        <tr>
                            <td align="center" valign="top">
                                <table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
                                    <tr>
                                        <td height="55" align="center" valign="top" style="font-size:55px; line-height:55px;">&nbsp;</td>
                                    </tr>
                                </table>
                            </td>
                        </tr>
                    </table>

                </module>

            </modules>

        </td>
    </tr>
</table>


</body>
</html>

<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
  <head>
    <meta charset="UTF-8">
    <meta content="width=device-width, initial-scale=1" name="viewport">
    <meta name="x-apple-disable-message-reformatting">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta content="telephone=no" name="format-detection">
    <title></title>
    <!--[if (mso 16)]>
    <style type="text/css">
    a {text-decoration: none;}
    </style>
    <![endif]-->
    <!--[if gte mso 9]><style>sup { font-size: 100% !important; }</style><![endif]-->
    <!--[if gte mso 9]>
<xml>
    <o:OfficeDocumentSettings>
    <o:AllowPNG></o:AllowPNG>
    <o:PixelsPerInch>96</o:PixelsPerInch>
    </o:OfficeDocumentSettings>
</xml>
<![endif]-->
    <!--[if mso]>
 <style type="text/css">
   ul {
  margin: 0 !important;
}
ol {
  margin: 0 !important;
}
li {
  margin-left: 47px !important;
}

 </style><![endif]
-->
  </head>
  <body class="body">
    <div dir="ltr" class="es-wrapper-color">
      <!--[if gte mso 9]>
			<v:background xmlns:v="urn:schemas-microsoft-com:vml" fill="t">
				<v:fill type="tile" color="#fafafa"></v:fill>
			</v:background>
		<![endif]-->
      <table width="100%" cellspacing="0" cellpadding="0" class="es-wrapper">
        <tbody>
          <tr>
            <td valign="top" class="esd-email-paddings">
              <table cellpadding="0" cellspacing="0" align="center" class="es-content">
                <tbody>
                  <tr>
                    <td align="center" class="esd-stripe">
                      <table bgcolor="#ffffff" align="center" cellpadding="0" cellspacing="0" width="600" class="es-content-body">
                        <tbody>
                          <tr>
                            <td align="left" class="esd-structure es-p15t es-p20r es-p20l">
                              <table cellpadding="0" cellspacing="0" width="100%">
                                <tbody>
                                  <tr>
                                    <td width="560" align="center" valign="top" class="esd-container-frame">
                                      <table cellpadding="0" cellspacing="0" width="100%">
                                        <tbody>
                                          <tr>
                                            <td align="center" class="esd-block-image es-p10t es-p10b" style="font-size:0px">
                                              <a target="_blank">
                                                <img src="https://eobgiyd.stripocdn.email/content/guids/CABINET_f3fc38cf551f5b08f70308b6252772b8/images/96671618383886503.png" alt="" width="100" style="display:block">
                                              </a>
                                            </td>
                                          </tr>
                                          <tr>
                                            <td align="center" esd-links-underline="none" class="esd-block-text es-p15t es-p15b es-m-txt-c">
                                              <h1>
                                                Seu Pedido Foi Entregue
                                              </h1>
                                            </td>
                                          </tr>
                                          <tr>
                                            <td align="left" class="esd-block-text es-p10t es-p10b">
                                              <p style="font-size:16px">
                                                Olá, {{ $user->name }} Obrigado pela compra! O seu pedido entregue ao destinatário, você pode acompanhar o nossos produtos e promoções pelo nosso site!
                                              </p>
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
                            <td align="left" class="esd-structure es-p10b es-p20r es-p20l">
                              <table cellpadding="0" cellspacing="0" width="100%">
                                <tbody>
                                  <tr>
                                    <td width="560" align="center" valign="top" class="esd-container-frame">
                                      <table cellpadding="0" cellspacing="0" width="100%" style="border-radius:5px;border-collapse:separate">
                                        <tbody>
                                            <tr>
                                                <td align="center"
                                                    class="esd-block-button"><span
                                                        class="es-button-border"
                                                        style="border-radius:6px;border-color:#5c68e2;border-width:2px;background:#5c68e2;padding: 10px;color: #fff;width: 50%; display: block;"><a
                                                            href=""
                                                            target="_blank"
                                                            class="es-button"
                                                            style="border-left-width:30px;border-right-width:30px;border-radius:6px; color: #fff;font-weight: bold;">Ver mais</a></span></td>
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
              <table cellpadding="0" cellspacing="0" align="center" class="es-footer" style="margin-top: 15px">
                <tbody>
                    <tr>
                        <td align="center" class="esd-stripe">
                            <table align="center" cellpadding="0" cellspacing="0" width="640"
                                class="es-footer-body" style="background-color:transparent">
                                <tbody>
                                    <tr>
                                        <td align="left"
                                            class="esd-structure es-p20t es-p20b es-p20r es-p20l">
                                 
                                        </td>
                                    </tr>
                                </tbody>
                            </table>
                        </td>
                    </tr>
                </tbody>
            </table>
              <table cellpadding="0" cellspacing="0" align="center" class="es-footer">
                <tbody>
                    <tr>
                        <td align="center" class="esd-stripe">
                            <table align="center" cellpadding="0" cellspacing="0" width="640"
                                class="es-footer-body" style="background-color:transparent">
                                <tbody>
                                    <tr>
                                        <td align="left"
                                            class="esd-structure es-p20t es-p20b es-p20r es-p20l">
                                            <table cellpadding="0" cellspacing="0" width="100%">
                                                <tbody>
                                                    <tr>
                                                        <td width="600" align="left"
                                                            class="esd-container-frame">
                                                            <table cellpadding="0" cellspacing="0"
                                                                width="100%">
                                                                <tbody>
                                                                    <tr>
                                                                        <td align="center"
                                                                            class="esd-block-social es-p15t es-p15b"
                                                                            style="font-size:0">
                                                                            <table cellpadding="0"
                                                                                cellspacing="0"
                                                                                class="es-table-not-adapt es-social">
                                                                                <tbody>
                                                                                    <tr>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            class="es-p40r">
                                                                                            <a target="_blank"
                                                                                                href=""><img
                                                                                                    title="Facebook"
                                                                                                    src="https://eobgiyd.stripocdn.email/content/assets/img/social-icons/logo-black/facebook-logo-black.png"
                                                                                                    alt="Fb"
                                                                                                    width="32"></a>
                                                                                        </td>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            class="es-p40r">
                                                                                            <a target="_blank"
                                                                                                href=""><img
                                                                                                    title="X"
                                                                                                    src="https://eobgiyd.stripocdn.email/content/assets/img/social-icons/logo-black/x-logo-black.png"
                                                                                                    alt="X"
                                                                                                    width="32"></a>
                                                                                        </td>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            class="es-p40r">
                                                                                            <a target="_blank"
                                                                                                href=""><img
                                                                                                    title="Instagram"
                                                                                                    src="https://eobgiyd.stripocdn.email/content/assets/img/social-icons/logo-black/instagram-logo-black.png"
                                                                                                    alt="Inst"
                                                                                                    width="32"></a>
                                                                                        </td>
                                                                                        <td align="center"
                                                                                            valign="top">
                                                                                            <a target="_blank"
                                                                                                href=""><img
                                                                                                    title="Youtube"
                                                                                                    src="https://eobgiyd.stripocdn.email/content/assets/img/social-icons/logo-black/youtube-logo-black.png"
                                                                                                    alt="Yt"
                                                                                                    width="32"></a>
                                                                                        </td>
                                                                                    </tr>
                                                                                </tbody>
                                                                            </table>
                                                                        </td>
                                                                    </tr>
                                                                    <tr>
                                                                        <td esd-tmp-menu-padding="5|5"
                                                                            esd-tmp-divider="1|solid|#cccccc"
                                                                            esd-tmp-menu-color="#999999"
                                                                            class="esd-block-menu">
                                                                            <table cellpadding="0"
                                                                                cellspacing="0"
                                                                                width="100%"
                                                                                class="es-menu">
                                                                                <tbody>
                                                                                    <tr>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            width="33.33%"
                                                                                            class="es-p10t es-p10b es-p5r es-p5l"
                                                                                            style="padding-top:5px;padding-bottom:5px">
                                                                                            <a target="_blank"
                                                                                                href="https://"
                                                                                                style="color:#999999">Visita-nós </a></td>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            width="33.33%"
                                                                                            class="es-p10t es-p10b es-p5r es-p5l"
                                                                                            style="padding-top:5px;padding-bottom:5px;border-left:1px solid #cccccc">
                                                                                            <a target="_blank"
                                                                                                href="https://"
                                                                                                style="color:#999999">Politica de privacidade</a>
                                                                                        </td>
                                                                                        <td align="center"
                                                                                            valign="top"
                                                                                            width="33.33%"
                                                                                            class="es-p10t es-p10b es-p5r es-p5l"
                                                                                            style="padding-top:5px;padding-bottom:5px;border-left:1px solid #cccccc">
                                                                                            <a target="_blank"
                                                                                                href="https://"
                                                                                                style="color:#999999">Nossos termos</a>
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
            <table cellpadding="0" cellspacing="0" align="center" class="es-content esd-footer-popover">
                <tbody>
                    <tr>
                        <td align="center" class="esd-stripe">
                            <table align="center" cellpadding="0" cellspacing="0" width="600"
                                bgcolor="rgba(0, 0, 0, 0)" class="es-content-body"
                                style="background-color:transparent">
                                <tbody>
                                    <tr>
                                        <td align="left" class="esd-structure es-p20">
                                            <table cellpadding="0" cellspacing="0" width="100%">
                                                <tbody>
                                                    <tr>
                                                        <td width="560" align="center" valign="top"
                                                            class="esd-container-frame">
                                                            <table cellpadding="0" cellspacing="0"
                                                                width="100%">
                                                                <tbody>
                                                                    <tr>
                                                                        <td align="center"
                                                                            class="esd-block-text es-infoblock">
                                                                            <p><a target="_blank"></a>Não deseja mais receber esses e-mails? Cancelar.                                                                                            ?&nbsp;<a
                                                                                    href=""
                                                                                    target="_blank">Inscrição</a>.<a
                                                                                    target="_blank"></a>
                                                                            </p>
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
    </div>
  </body>
</html>
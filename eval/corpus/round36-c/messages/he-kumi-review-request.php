  <!doctype html>
  <html xmlns="http://www.w3.org/1999/xhtml"><head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="format-detection" content="telephone=no"> <!-- disable auto telephone linking in iOS -->
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <style type="text/css">
  /* Client-specific Styles */
  #outlook a {
  padding: 0;
      }

      /* Force Outlook to provide a "view in browser" menu link. */
      body {
          width: 100% !important;
          -webkit-text-size-adjust: 100%;
                -ms-text-size-adjust: 100%;
                margin: 0;
                padding: 0;
      }
    </style>
    <style type="text/css">

      /* Prevent Webkit and Windows Mobile platforms from changing default font sizes, while not breaking desktop design. */
      .ExternalClass {
  width: 100%;
}

      /* Force Hotmail to display emails at full width */
      .ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div {
  line-height: 100%;
      }

      /* Force Hotmail to display normal line spacing.  More on that: http://www.emailonacid.com/forum/viewthread/43/ */
      #backgroundTable {
        margin: 0;
        padding: 0;
        width: 100% !important;
        line-height: 100% !important;
      }
    </style>
    <style type="text/css">

  img {
  outline: none;
  text-decoration: none;
        border: none;
        -ms-interpolation-mode: bicubic;
      }
    </style>
    <style type="text/css">

  a img {
  border: none;
}

      .image_fix {
  display: block;
}

      p {
  margin: 0px 0px !important;
      }

      table td {
  border-collapse: collapse;
      }

      table {
  border-collapse: collapse;
        mso-table-lspace: 0pt;
        mso-table-rspace: 0pt;
      }

      a {
  text-underline: none !important;
        text-decoration: none !important;
      }

      /*STYLES*/
      table.full,
      table[class=full] {
  width: 100%;
  clear: both;
}
    </style>
    <style type="text/css">
  /*################################################*/
  /*IPAD STYLES*/
  /*################################################*/
  @media only screen and (max-width: 640px) {
  .mobile_link a[href^="tel"], .mobile_link a[href^="sms"] {
    text-decoration: default;
          color: #ffffff !important;
          pointer-events: auto;
          cursor: default;
        }

        .sthide,
        table[class="sthide"] {
    display: none !important;
        }

        img[class="bigimage"] {
    width: 420px !important;
          /*height: 219px !important;*/
        }

        /*img[class="col2img"] {*/
        /*width: 420px !important;*/
        /*height: 258px !important;*/
        /*}*/
        img[class="image-banner"] {
    width: 440px !important;
          /*height: 106px !important;*/
        }

        td[class="menu"] {
    text-align: center !important;
          padding: 0 0 10px 0 !important;
        }

        td[class="logo"] {
    padding: 10px 0 5px 0 !important;
          margin: 0 auto !important;
        }

        img[class="logo"] {
    padding: 0 !important;
          margin: 0 auto !important;
        }

        #certain-product .tablet-button {
          margin: 0 auto;
        }

        #product-info > tbody > tr > td,
        table[class=devicewidthinner]#product-info > tbody > tr > td {
          text-align: center !important;
        }
      }
    </style>
    <style type="text/css">
  /*##############################################*/
  /* ADNROID PHONE GMAIL STYLES*/
  /*##############################################*/
  @media only screen and (max-width: 480px) {
  .devicewidth {
    width: 100% !important;
    text-align: center !important;
          clear: both;
          float: none;
        }

        .flexibleContainer {
    display:block !important;
          width:100% !important;
          padding-left: 0;
          padding-right: 0;
          clear: both;
          float: none;
        }

        .mobile-center,
        .mobile-center > .tablet-button {
    float: none !important;
          margin: 0 auto;
        }

        .flexibleImage {
    max-width:100% !important;
        }

        .devicewidthinner {
    width: 360px !important;
          text-align: center !important;
          clear: both;
          float: none;
        }

        .devicewidth > tbody > tr > td {
    text-align: center !important;
          clear: both;
          float: none;
        }

        .sthide {
    display: none !important;
        }

        .devicewidth .imgpop {
    max-height: none !important;
          height: auto !important;
          width: 100% !important;
        }

        .devicewidth img {
    width: 100% !important;
    max-height: none !important;
        }
      }
    </style>
    <style type="text/css">
  /*##############################################*/
  /*IPHONE STYLES*/
  /*##############################################*/

  /*IPHONE 6 PLUS-6S PLUS-7 PLUS STYLES*/
  @media only screen and (max-width: 414px) {
  .devicewidth,
        table[class=devicewidth] {
    width: 380px !important;
          text-align: center !important;
        }

        .devicewidthinner,
        table[class=devicewidthinner] {
    width: 360px !important;
          text-align: center !important;
        }

        .devicewidth img,
        .devicewidth img[class] {
    width: 100% !important;
    max-height: none !important;
        }
      }

      /*IPHONE 6-6S-7 STYLES*/
      @media only screen and (max-width: 375px) {
  .devicewidth,
        table[class=devicewidth] {
    width: 360px !important;
          text-align: center !important;
        }

        .devicewidthinner,
        table[class=devicewidthinner] {
    width: 340px !important;
          text-align: center !important;
        }

        .devicewidth img,
        .devicewidth img[class] {
    width: 100% !important;
    max-height: none !important;
        }
      }

      /*IPHONE 4-4S-5-5S STYLES*/
      @media only screen and (max-width: 320px) {
  .devicewidth,
        table[class=devicewidth] {
    width: 100% !important;
    text-align: center !important;
        }

        .devicewidthinner,
        table[class=devicewidthinner] {
    width: 300px !important;
          text-align: center !important;
        }

        .devicewidth img,
        .devicewidth img[class] {
    width: 100% !important;
    max-height: none !important;
        }
      }

      /* SMALLER DEVICES */
      @media only screen and (max-width: 300px) {
  .devicewidth,
        table[class=devicewidth] {
    width: 100% !important;
    text-align: center !important;
        }

        .devicewidthinner,
        table[class=devicewidthinner] {
    width: 260px !important;
          text-align: center !important;
        }

        .devicewidth img,
        .devicewidth img[class] {
    width: 100% !important;
    max-height: none !important;
        }
      }
    </style>
      <style type="text/css">
  body * {
  text-align: right !important;
       }
     </style>
  </head>
  <body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" yahoo="fix">
      <table id="backgroundTable" class="base" bgcolor="#FFFFFF" width="100%" cellpadding="0" cellspacing="0" border="0">
      <tbody>
      <tr>
        <td width="100%">

<table id="headerTemplateTable" width="600" bgcolor="transparent" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" hasbackground="true">
  <tbody>
  <tr>
    <td width="100%" height="10">
    </td>
  </tr>

  <tr>
    <td id="logo-or-text">
      <table id="logo-and-text-wrapper" width="600" cellpadding="0" cellspacing="0" border="0" class="devicewidth">
        <tbody>
        <tr>
          <td align="center" valign="middle" width="560" style="padding: 8px 16px;" class="logo-and-text-wrapper">
                          <a href="https://ku-mi.com" class="logo-wrapper" target="_blank" style="text-decoration: none; display: inline-block; vertical-align: middle;">
                <img width="135" src="https://img0.socialshopwave.com/client3679/mail/logo/3679_5cefb4c799fe0.png" border="0" style="max-width:100%; border:none; outline:none; text-decoration:none; width: 135px;" class="logo">
              </a>
                                  </td>
        </tr>
        </tbody>
      </table>
      <table id="menu-table" width="600" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" style="display: none;">
        <tbody>
        <tr>
          <td width="20">
          </td>
          <td width="560" valign="middle" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;font-size: 16px; color: #0C8AA0;line-height: 24px; padding: 10px 0; text-transform: uppercase;" align="center" class="menu" st-content="menu">
            <p class="mail-menu-wrapper">
                                            <a  href="/" id="mail-menu-1" class="mail-menu" target="_blank" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;text-decoration: none;color: #0C8AA0;font-size: 16px;white-space: nowrap;display: inline-block;vertical-align: middle;line-height: 150%;"></a>                          </p>
          </td>
          <td width="20">
          </td>
        </tr>
        </tbody>
      </table>
    </td>
  </tr>
  <tr>
    <td width="100%" height="10">
    </td>
  </tr>
  </tbody>
</table>
                                                <table bgcolor="transparent" width="600" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" hasbackground="true">
  <tbody>
  <tr>
    <td>
      <table width="560" align="center" cellpadding="0" cellspacing="0" border="0" class="devicewidthinner">
        <tbody>
        <tr>
          <td width="100%" height="10">
          </td>
        </tr>
        <tr>
          <td style="font-size: 13px;text-align: left;line-height: 24px;" st-content="fulltext-paragraph" class="article-content"><p style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif; color: #666666; font-size: 16px; margin: 0 0 10px; line-height: 150%;"> ,{{recipient_title}} u05d4u05d9</p>
</td>
        </tr>
        <tr>
          <td width="100%" height="10">
                  </td>
                </tr>
                </tbody>
              </table>
            </td>
          </tr>
          </tbody>
        </table>                                                                      <table id="review-request" bgcolor="transparent" width="600" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" hasbackground="true">
    <tbody>
    <tr>
      <td>
        <table width="560" align="center" border="0" cellpadding="0" cellspacing="0" class="devicewidthinner">
          <tbody>
          <tr>
            <td>
              <table id="review-request-info" width="100%" border="0" cellpadding="0" cellspacing="0" class="devicewidthinner">
                <tbody>
                <!--[if (mso)]>
                <tr>
                  <td st-content="2col-para2" align="center" width="100%">
                                        <p  style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;color: #666666;font-size: 16px;margin: 0;line-height: 150%;">                    You've recently bought <a  href="{{product_url}}" target="_blank" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;text-decoration: none;color: #000000;font-size: 16px;line-height: 150%;">{{product_title}}</a>! :u05e0u05e9u05deu05d7 u05e9u05eau05e9u05eau05e4u05d9 u05dcu05e7u05d5u05d7u05d5u05ea u05d0u05d7u05e8u05d5u05ea u05d1u05d7u05d5u05d5u05d9u05ea u05d4u05e7u05e0u05d9u05d4
                    </p>                                      </td>
                </tr>
                <tr>
                  <td align="center" width="100%">
                    <table cellpadding="0" cellspacing="0" border="0">
                      <tbody>
                      <tr>
                        <td style="text-align: center;">
                          <a title="{{ 'hate_it' | t }}" href="{{ review_request.link_rate[1]|raw }}" target="_blank" style="text-decoration: none;color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 50px;">&#x02605;</a>
                        </td>
                        <td style="text-align: center;">
                          <a title="{{ 'dislike_it' | t }}" href="{{ review_request.link_rate[2]|raw }}" target="_blank" style="text-decoration: none;color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 50px;">&#x02605;</a>
                        </td>
                        <td style="text-align: center;">
                          <a title="{{ 'neutral' | t }}" href="{{ review_request.link_rate[3]|raw }}" target="_blank" style="text-decoration: none;color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 50px;">&#x02605;</a>
                        </td>
                        <td style="text-align: center;">
                          <a title="{{ 'like_it' | t }}" href="{{ review_request.link_rate[4]|raw }}" target="_blank" style="text-decoration: none;color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 50px;">&#x02605;</a>
                        </td>
                        <td style="text-align: center;">
                          <a title="{{ 'love_it' | t }}" href="{{ review_request.link_rate[5]|raw }}" target="_blank" style="text-decoration: none;color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 50px;">&#x02605;</a>
                        </td>
                      </tr>
                      </tbody>
                    </table>
                  </td>
                </tr>
                <tr>
                  <td width="100%" height="20">
                  </td>
                </tr>

                <tr>
                  <td align="center" width="100%">
                    <table cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;">
                      <tbody>
                      <tr>
                        <td align="center" valign="middle" class="buttonBackground" bgcolor="#000000" style="padding: 10px 32px; -moz-border-radius: 4px; -webkit-border-radius: 4px; border-radius: 4px;">
                          <a  href="{{ review_request.link_rate[5]|raw }}" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;text-decoration: none;color: #FFFFFF;font-size: 16px;line-height: 150%;" target="_blank">{{ 'leave_review' | t }}</a>                        </td>
                      </tr>
                      </tbody>
                    </table>
                  </td>
                </tr>
                <![endif]-->
                </tbody>
              </table>
            </td>
          </tr>
          <!--[if !mso]><!-->
          <tr>
            <td st-content="2col-para2">
                              <p  style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;color: #666666;font-size: 16px;margin: 0;line-height: 150%;">                u05d0u05d9u05d6u05d4 u05dbu05d9u05e3 u05e9u05e7u05e0u05d9u05ea <a  href="{{product_url}}" target="_blank" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;text-decoration: none;color: #000000;font-size: 16px;line-height: 150%;">{{product_title}}</a>. u05e0u05e9u05deu05d7 u05e9u05eau05e9u05eau05e4u05d9 u05dcu05e7u05d5u05d7u05d5u05ea u05d0u05d7u05e8u05d5u05ea u05d1u05d7u05d5u05d5u05d9u05ea u05d4u05e7u05e0u05d9u05d4
                </p>                          </td>
          </tr>
          <tr>
            <td width="100%" height="20">
            </td>
          </tr>
          <tr>
            <td width="100%">
              <form action="{{ review_request.rate_url }}" method="get" accept-charset="utf-8">
                <input type="hidden" name="token" value="{{ review_request.token }}"/>

                <table width="180" align="left" border="0" cellpadding="0" cellspacing="0" style="margin-bottom: 20px;">
                  <tbody>
                  <tr title="{{ 'love_it' | t }}">
                    <td align="left" valign="middle">
                      <span style="display: inline-block; vertical-align: middle;"><input id="ssw-input-rate-5" type="radio" name="rate" value="5" checked="checked"></span>
                      <span style="display: inline-block; vertical-align: middle;"><label for="ssw-input-rate-5" style="color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 30px; line-height: 20px;">&#x02605;&#x02605;&#x02605;&#x02605;&#x02605;</label></span>
                    </td>
                  </tr>
                  <tr>
                    <td width="100%" height="10">
                    </td>
                  </tr>
                  <tr title="{{ 'like_it' | t }}">
                    <td align="left" valign="middle">
                      <span style="display: inline-block; vertical-align: middle;"><input id="ssw-input-rate-4" type="radio" name="rate" value="4"></span>
                      <span style="display: inline-block; vertical-align: middle;"><label for="ssw-input-rate-4" style="color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 30px; line-height: 20px;">&#x02605;&#x02605;&#x02605;&#x02605;</label></span>
                    </td>
                  </tr>
                  <tr>
                    <td width="100%" height="10">
                    </td>
                  </tr>
                  <tr title="{{ 'neutral' | t }}">
                    <td align="left" valign="middle">
                      <span style="display: inline-block; vertical-align: middle;"><input id="ssw-input-rate-3" type="radio" name="rate" value="3"></span>
                      <span style="display: inline-block; vertical-align: middle;"><label for="ssw-input-rate-3" style="color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 30px; line-height: 20px;">&#x02605;&#x02605;&#x02605;</label></span>
                    </td>
                  </tr>
                  <tr>
                    <td width="100%" height="10">
                    </td>
                  </tr>
                  <tr title="{{ 'dislike_it' | t }}">
                    <td align="left" valign="middle">
                      <span style="display: inline-block; vertical-align: middle;"><input id="ssw-input-rate-2" type="radio" name="rate" value="2"></span>
                      <span style="display: inline-block; vertical-align: middle;"><label for="ssw-input-rate-2" style="color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 30px; line-height: 20px;">&#x02605;&#x02605;</label></span>
                    </td>
                  </tr>
                  <tr>
                    <td width="100%" height="10">
                    </td>
                  </tr>
                  <tr title="{{ 'hate_it' | t }}">
                    <td align="left" valign="middle">
                      <span style="display: inline-block; vertical-align: middle;"><input id="ssw-input-rate-1" type="radio" name="rate" value="1"></span>
                      <span style="display: inline-block; vertical-align: middle;"><label for="ssw-input-rate-1" style="color: #FEC601;font-family: Arial, Helvetica Neue, Helvetica, sans-serif; font-size: 30px; line-height: 20px;">&#x02605;</label></span>
                    </td>
                  </tr>
                  </tbody>
                </table>
                <table width="320" align="right" border="0" cellpadding="0" cellspacing="0" class="devicewidthinner">
                  <tbody>
                  <tr>
                    <td width="100%" align="right">
                      <textarea name="body" cols="40" required="required" rows="7" style="color: rgb(103, 106, 108);width: 98%;padding-left: 3px;min-height: 66px;font-size: 1em;border: 1px solid rgb(219, 221, 222);font-family: Arial, Helvetica Neue, Helvetica, sans-serif;margin-top: 0px;margin-bottom: 0px"></textarea>
                    </td>
                  </tr>
                  <tr>
                    <td width="100%" height="10">
                    </td>
                  </tr>
                  <tr>
                    <td align="right">
                      <button type="submit" style="background-color:#000000; border-radius:3px; border:none; padding: 0px 32px; height: 40px;background-clip: padding-box;font-size: 16px;font-family:Arial, Helvetica Neue, Helvetica, sans-serif; text-align:center;  color:#FFFFFF; font-weight: 300;">{{ 'leave_review' | t }}</button>
                    </td>
                  </tr>
                  </tbody>
                </table>
              </form>
            </td>
          </tr>
          <tr>
            <td width="100%" height="20">
            </td>
          </tr>
          <tr>
            <td style="text-align:left;line-height: 150%;" st-content="leftimage-paragraph">
              <p  style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;color: #666666;font-size: 16px;margin: 0;line-height: 150%;">u05d4u05d8u05d5u05e4u05e1 u05dcu05d0 u05eau05e7u05d9u05df? <a href="{{ review_request.link_rate[5]|raw }}" style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif;font-size: 16px;color: #000000; text-decoration: none;">u05d0u05e4u05e9u05e8 u05dcu05deu05dcu05d0 u05d0u05d5u05eau05d5 u05d2u05dd u05dbu05d0u05df</a></p>            </td>
          </tr>
          <!--<![endif]-->
          <tr>
            <td width="100%" height="20">
            </td>
          </tr>
          </tbody>
        </table>
      </td>
    </tr>

    </tbody>
  </table>

                                                              <table bgcolor="transparent" width="600" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" hasbackground="true">
          <tbody>
          <tr>
            <td>
              <table width="560" align="center" cellpadding="0" cellspacing="0" border="0" class="devicewidthinner">
                <tbody>
                <tr>
                  <td width="100%" height="10">
                  </td>
                </tr>
                <tr>
                  <td style="font-size: 13px;text-align: left;line-height: 24px;" st-content="fulltext-paragraph" class="article-content"><p style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif; color: #666666; font-size: 16px; margin: 0 0 10px; line-height: 150%;">u05eau05d5u05d3u05d4 u05e9u05e7u05e0u05d9u05ea u05d0u05e6u05dcu05e0u05d5<br>
{{shopname}}</p>
</td>
                </tr>
                <tr>
                  <td width="100%" height="10">
                  </td>
                </tr>
                </tbody>
              </table>
            </td>
          </tr>
          </tbody>
        </table>                              <table id="footerTemplateTable" width="600" bgcolor="transparent" cellpadding="0" cellspacing="0" border="0" align="center" class="devicewidth" hasbackground="true" >
  <tbody>
  <tr>
    <td width="100%" height="20">
    </td>
  </tr>
  <tr>
    <td>
      <table class="footerTemplateTable" width="100%" align="center" cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;">
        <tbody>
        <tr>
          <td width="100%">
            <table align="center" width="560" class="devicewidthinner">
              <tbody>
              <tr>
                <td valign="top" width="100%" class="footer-content"><p style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif; color: #999999; font-size: 14px; margin:0;">You received this email because you are registered on {{shopname}}. If you believe this has been sent to you in error, please safely {{unsubscribe}}. </p><p style="font-family: Arial, Helvetica Neue, Helvetica, sans-serif; color: #999999; font-size: 14px; margin:0;">7684100, POB 115, Mishmar David, Israel</p></td>
              </tr>
              <tr class="template-footer-social-icons" style="display: none;">
                <td width="100%" height="10"></td>
              </tr>
              <tr class="template-footer-social-icons" style="display: none;">
                <td valign="top" width="100%">
                  <table cellpadding="0" cellspacing="0" border="0" style="border-collapse: collapse;" class="templateFooterContainer mobile-center" align="right">
                    <tbody>
                    <tr class="social-icons-wrapper">
                                                                    <td class="social-icon-facebook" align="center" style="padding-left: 10px; padding-bottom: 20px;display:none;">
                          <a href="" target="_blank">
                            <img class="footer-social-icon" data-social-name="facebook" src="https://img0.socialshopwave.com/img/mail/social-icons/facebook-gray.png" border="0">
                          </a>
                        </td>
                                              <td class="social-icon-twitter" align="center" style="padding-left: 10px; padding-bottom: 20px;display:none;">
                          <a href="" target="_blank">
                            <img class="footer-social-icon" data-social-name="twitter" src="https://img0.socialshopwave.com/img/mail/social-icons/twitter-gray.png" border="0">
                          </a>
                        </td>
                                              <td class="social-icon-pinterest" align="center" style="padding-left: 10px; padding-bottom: 20px;display:none;">
                          <a href="" target="_blank">
                            <img class="footer-social-icon" data-social-name="pinterest" src="https://img0.socialshopwave.com/img/mail/social-icons/pinterest-gray.png" border="0">
                          </a>
                        </td>
                                              <td class="social-icon-instagram" align="center" style="padding-left: 10px; padding-bottom: 20px;display:none;">
                          <a href="" target="_blank">
                            <img class="footer-social-icon" data-social-name="instagram" src="https://img0.socialshopwave.com/img/mail/social-icons/instagram-gray.png" border="0">
                          </a>
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
    <td width="100%" height="20">
    </td>
  </tr>
  </tbody>
</table>        </td>
      </tr>
      </tbody>
    </table>
          </body></html>



  הי {{recipient_title}},


  מה דעתך על {{product_title}}? לקוחות אחרות ישמחו לקבל המלצה

  הטופס לא תקין? אפשר למלא אותו גם כאן


  תודה שקנית אצלנו
  {{shopname}}
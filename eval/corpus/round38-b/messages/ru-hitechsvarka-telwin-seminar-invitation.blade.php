<!DOCTYPE html>
<html>

<head>
  <title></title>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <style type="text/css">
    /* FONTS */
    @import url("https://fonts.googleapis.com/css?family=Poppins:100,100i,200,200i,300,300i,400,400i,500,500i,600,600i,700,700i,800,800i,900,900i");

    /* CLIENT-SPECIFIC STYLES */
    body,
    table,
    td,
    a {
      -webkit-text-size-adjust: 100%;
      -ms-text-size-adjust: 100%;
    }

    table,
    td {
      mso-table-lspace: 0pt;
      mso-table-rspace: 0pt;
    }

    img {
      -ms-interpolation-mode: bicubic;
    }

    /* RESET STYLES */
    img {
      border: 0;
      height: auto;
      line-height: 100%;
      outline: none;
      text-decoration: none;
    }

    table {
      border-collapse: collapse !important;
    }

    body {
      height: 100% !important;
      margin: 0 !important;
      padding: 0 !important;
      width: 100% !important;
    }

    /* iOS BLUE LINKS */
    a[x-apple-data-detectors] {
      color: inherit !important;
      text-decoration: none !important;
      font-size: inherit !important;
      font-family: inherit !important;
      font-weight: inherit !important;
      line-height: inherit !important;
    }

    /* MOBILE STYLES */
    @media screen and (max-width:600px) {
      h1 {
        font-size: 32px !important;
        line-height: 32px !important;
      }
    }

    /* ANDROID CENTER FIX */
    div[style*="margin: 16px 0;"] {
      margin: 0 !important;
    }
  </style>
</head>

<body style="background-color: #f3f5f7; margin: 0 !important; padding: 0 !important;">

  <!-- HIDDEN PREHEADER TEXT -->
 

  <table border="0" cellpadding="0" cellspacing="0" width="100%" style="background:#f3f3f3;">
    <!-- LOGO -->
    <tr>
      <td align="center">
        <!--[if (gte mso 9)|(IE)]>
            <table align="center" border="0" cellspacing="0" cellpadding="0" width="600">
            <tr>
            <td align="center" valign="top" width="600">
            <![endif]-->
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width: 600px;">
          
          <!-- logotips company place -->
          <!-- <tr>
            <td valign="center" style="padding: 40px 10px 40px 50px;">
              <img src="https://mims.hitechsvarka.ru/img/hitech.png" alt="">
            </td>
            <td valign="top" style="padding: 40px 10px 40px 10px;">
              <img width="75%" height="75%" src="https://mims.hitechsvarka.ru/img/telwin.png" alt="">
            </td>
          </tr> -->
          <!-- end logotips company place -->


        </table>
        <!--[if (gte mso 9)|(IE)]>
            </td>
            </tr>
            </table>
            <![endif]-->
      </td>
    </tr>
    <!-- HERO -->
    <tr>
      <td align="center" style="padding: 0px 10px 0px 10px;">
        <!--[if (gte mso 9)|(IE)]>
            <table align="center" border="0" cellspacing="0" cellpadding="0" width="600">
            <tr>
            <td align="center" valign="top" width="600">
            <![endif]-->
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width: 600px;">
          <tr>
            <td>
              <img src="https://mims.hitechsvarka.ru/img/welcome.jpg" height="95%" width="100%" alt="">
            </td>
          </tr>
          <tr>
            <td bgcolor="#ffffff" align="left">
              <table width="100%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td bgcolor="#ffffff" align="center" style="padding: 20px 30px 10px 30px;">
                    <table border="0" cellspacing="0" cellpadding="0">
                      <tr>
                        <td align="center" style="border-radius: 3px; background-color: #d6001c;"><a
                            href="https://mims.hitechsvarka.ru"
                            target="_blank"
                            style="font-size: 18px; font-family: 'Poppins', sans-serif; color: #ffffff; text-decoration: none; padding: 12px 50px; border-radius: 2px; border: 1px solid #d6001c; display: inline-block;">Посмотреть программу и зарегистрироваться</a></td>
                      </tr>
                    </table>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
        <!--[if (gte mso 9)|(IE)]>
            </td>
            </tr>
            </table>
            <![endif]-->
      </td>
    </tr>
    <!-- COPY BLOCK -->
    <tr>
      <td align="center" style="padding: 0px 10px 0px 10px;">
        <!--[if (gte mso 9)|(IE)]>
            <table align="center" border="0" cellspacing="0" cellpadding="0" width="600">
            <tr>
            <td align="center" valign="top" width="600">
            <![endif]-->
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width: 600px;">
          <!-- COPY -->
          <tr>
            <td bgcolor="#ffffff" align="left"
              style="padding: 1px 30px 40px 30px; color: #666666; font-family: 'Poppins', sans-serif; font-size: 16px; font-weight: 400; line-height: 25px;">
              <p>Программа семинара:
                <br>- <b>Тренды 2019. Новый уровень требований клиентов к технологичности и качеству промышленного
                  оборудования. </b>
                  <br>&nbsp;&nbsp;&nbsp;&nbsp;&#8226; О новинках Вам расскажут представители завода Telwin (Италия)

                <br>- <b> Развитие - это жизнь. Повышаем прибыльность при падающем рынке.</b>
                <br>&nbsp;&nbsp;&nbsp;&nbsp;&#8226; Цифровые технологии в сварке. Мультипроцессорные сварочные аппараты
                TELWIN.
                <br>&nbsp;&nbsp;&nbsp;&nbsp;&#8226; Инновации в технологии контактной сварки. Ремонт кузовного железа с помощью
                технологии SMART AUTO.
                <br>&nbsp;&nbsp;&nbsp;&nbsp;&#8226; Современные стандарты автомобильной промышленности. Прогрессивные
                зарядные устройства TELWIN.

                <br>- <b>"Один в поле не воин" или обновленный формат поддержки дилеров Telwin. </b>
                <br>- <b>Розыгрыш главного приза - зарядного устройства,среди зарегистрированных на сайте участников семинара.</b>
                <br>- <b>Демонстрация работы оборудования (Spotter, зарядных устройств) на стенде №101D в павильоне №81.</b>
               

            </td>
            
          </tr>
          <tr>
            <td bgcolor="#ffffff" align="left"
              style="padding: 1px 30px 40px 30px; color: #666666; font-family: 'Poppins', sans-serif; font-size: 16px; font-weight: 400; line-height: 25px;">
              <p><b>Почему Вам это будет интересно?</b> 
                <br>&nbsp;&nbsp;&nbsp;&#8226;&nbsp;У Вас будет возможность пообщаться с представителями завода Telwin (Италия) напрямую и задать свои вопросы.
                <br>&nbsp;&nbsp;&nbsp;&#8226;&nbsp;На стенде №101D после семинара Вы сможете посмотреть оборудование в работе, узнать об особенностях аппаратов и сможете убедить Ваших клиентов покупать именно у Вас.
                <br>&nbsp;&nbsp;&nbsp;&#8226;&nbsp; Получите сувениры от Telwin в подарок и возможность выиграть главный приз - зарядное устройство. Это всегда приятно!
                
                  <p>Ждем Вас 26 августа в ЦВК "Экспоцентр" по адресу</p>
                  <p><strong><b>г. Москва, Краснопресненская наб., 14</b></strong></p>

                  <p>Регистрация в 12:30, начало семинара в 13:00. мероприятие продлится до 16:00. С 16:00 - демонстрация оборудования на стенде.</p>

            </td>
            
          </tr>
          <!-- BULLETPROOF BUTTON -->
          <tr>
            <td bgcolor="#ffffff" align="left">
              <table width="100%" border="0" cellspacing="0" cellpadding="0">
                <tr>
                  <td bgcolor="#ffffff" align="center" style="padding: 20px 30px 60px 30px;">
                    <table border="0" cellspacing="0" cellpadding="0">
                      <tr>
                        <td align="center" style="border-radius: 3px; background-color: #d6001c;"><a
                            href="https://mims.hitechsvarka.ru"
                            target="_blank"
                            style="font-size: 18px; font-family: 'Poppins', sans-serif; color: #ffffff; text-decoration: none; padding: 12px 50px; border-radius: 2px; border: 1px solid #d6001c; display: inline-block;">Зарегистрироваться на семинар и получить шанс выиграть главный приз</a></td>
                      </tr>
                    </table>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
          <!-- COPY -->
          <tr>
            <td bgcolor="#ffffff" align="left"
              style="padding: 0px 30px 20px 30px; color: #666666; font-family: 'Poppins', sans-serif; font-size: 16px; font-weight: 400; line-height: 25px;">
              <p style="margin: 0;">Если у Вас остались вопросы. Напишите нам на почту <a
                  href="mailto:911@hitechsvarka.ru">911@hitechsvarka.ru</a></p>
            </td>
          </tr>
          <!-- COPY -->
        </table>
        <!--[if (gte mso 9)|(IE)]>
            </td>
            </tr>
            </table>
            <![endif]-->
      </td>
    </tr>
    <tr>
      <td align="center" style="padding: 10px 10px 50px 10px;">
        <!--[if (gte mso 9)|(IE)]>
            <table align="center" border="0" cellspacing="0" cellpadding="0" width="600">
            <tr>
            <td align="center" valign="top" width="600">
            <![endif]-->
        <table border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width: 600px;">
          <!-- COPYRIGHT -->
          <tr>
            <td align="center"
              style="padding: 30px 30px 5px 30px; color: #ссс; font-family: 'Poppins', sans-serif; font-size: 12px; font-weight: 400; line-height: 18px;">
              <p style="margin: 0;">&nbsp;</p>
            </td>
          </tr>
        </table>
        <!--[if (gte mso 9)|(IE)]>
            </td>
            </tr>
            </table>
            <![endif]-->
      </td>
    </tr>
  </table>

</body>

</html>
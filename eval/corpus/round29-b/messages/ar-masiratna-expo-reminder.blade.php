<!DOCTYPE html>
<html lang="ar" dir="rtl">

<head>
  <meta charset="UTF-8">
  <title>تذكير التسجيل</title>
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <!-- استدعاء خط Tajawal -->
  <link href="https://fonts.googleapis.com/css2?family=Tajawal:wght@400;500;700;800&display=swap" rel="stylesheet">
  <style>
    body {
      margin: 0;
      padding: 0;
      font-family: "Tajawal", Arial, sans-serif;
      background-color: #f5efe4;
      color: #000000;
      text-align: center;
    }

    /* تحسين النصوص */
    h1, h2, h3 {
      margin: 0;
      font-weight: 800;
    }

    p {
      margin: 0 0 20px;
      line-height: 1.9;
      font-size: 20px;
    }

    a {
      text-decoration: none;
    }

    /* للهواتف */
    @media screen and (max-width: 615px) {
      table.main-container {
        width: 100% !important;
      }

      td, span, div {
        font-size: 16px !important;
      }

      img.responsive {
        width: 100% !important;
        height: auto !important;
      }
    }
  </style>
</head>

<body>

  <!-- Wrapper -->
  <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5efe4" role="presentation">
    <tr>
      <td align="center" style="padding:0;">

        <!-- Main container (600px) -->
        <table class="main-container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5efe4" align="center"
          style="max-width:600px; margin:0 auto; text-align:center;">

          <!-- Header -->
          <tr>
            <td align="center" style="padding:0; margin:0;">
              <div
                style="display:inline-block;
                background:#756437;
                color:#f5efe4;
                font-size:40px;
                font-weight:800;
                padding:12px 30px;
                border-bottom-left-radius:14px;
                border-bottom-right-radius:14px;
                line-height:1.4;">

                ودنا نذكــــرك
                <img src="https://expo2025.masiratna.com/public/masiratna/assets/Images/icon3.png"
                  width="80" height="80"
                  style="vertical-align:middle; margin-left:10px; border:0; outline:none;">
              </div>
            </td>
          </tr>

          <!-- الشعارات -->
          <tr>
            <td align="center" style="padding:25px 0 0;">
              <img src="https://expo2025.masiratna.com/public/masiratna/assets/Images/logos.png"
                width="700" alt="الراعي الرسمي"
                style="display:block; max-width:100%; height:auto; margin-bottom:40px;">
            </td>
          </tr>

          <!-- المحتوى -->
          <tr>
            <td style="padding:0 25px 35px; text-align:center; color:#000000; font-weight:bold;">
              <table width="100%" cellpadding="0" cellspacing="0" align="center" role="presentation">

                <tr>
                  <td style="padding-top:12px; text-align:center;">
                    <!-- الشريط الذهبي -->
                    <div
                      style="display:inline-block; background:#c09c58; color:#ffffff; padding:12px 28px; border-top-left-radius:22px; border-top-right-radius:22px; font-size:22px; font-weight:700;">
                      معرض مسيرتنا للجامعات الأسترالية 2025
                    </div>
                  </td>
                </tr>

                <!-- جدة -->
                <tr>
                  <td style="text-align:center; padding-top:0; padding-bottom:16px;">
                    <div
                      style="display:inline-block; background:#756437; color:#ffffff; padding:8px 22px; font-size:22px; font-weight:700; border-bottom-left-radius:18px; border-bottom-right-radius:18px;">
                      جدة
                    </div>
                  </td>
                </tr>

                <!-- الترحيب -->
                <tr>
                  <td style="font-size:28px; color:#000000; font-weight:700; line-height:1.8; padding-bottom:10px;">
                    مرحبــــا
                  </td>
                </tr>

                <tr>
                  <td style="font-size:22px; color:#756437; line-height:1.9; padding-bottom:15px;">
                    ودنا نذكرك موعد معرضنا يوم الأحد 7 سبتمبر قرب،
                  </td>
                </tr>

                <tr>
                  <td style="font-size:24px; color:#090908; line-height:1.9; padding-bottom:15px; font-weight:600;">
                    وترانا مستعدين ومتشوقين لجيتك!
                  </td>
                </tr>

                <tr>
                  <td style="font-size:22px; color:#090908; font-weight:800; padding-bottom:20px;">
                    الله يحييك ومن تعز .
                  </td>
                </tr>

              </table>
            </td>
          </tr>

          <!-- صورة خلفية -->
          <tr>
            <td style="padding:0;">
              <img src="https://expo2025.masiratna.com/public/masiratna/assets/Images/bg.png"
                width="600" alt="خلفية"
                style="display:block; max-width:100%; height:auto; margin:0 auto;">
            </td>
          </tr>

          <!-- الفوتر -->
          <tr>
            <td style="background-color:#756437; text-align:center; padding:15px;">
              <table width="100%" cellpadding="0" cellspacing="0" align="center" role="presentation">
                <tr>
                  <td align="center" style="padding-bottom:6px;">

                    <!-- رقم الجوال -->
                    <span
                      style="display:inline-block; margin:0 15px; color:#ffffff; font-size:20px; font-weight:700;">
                      <img src="https://expo2025.masiratna.com/public/masiratna/assets/Images/wp.png"
                        width="38" height="38"
                        style="vertical-align:middle; margin-left:6px; border:0; outline:none;">
                      +966 55 55 39 800
                    </span>

                    <!-- الإيميل -->
                    <span
                      style="display:inline-block; margin:0 15px; color:#ffffff; font-size:20px; font-weight:700;">
                      <img src="https://expo2025.masiratna.com/public/masiratna/assets/Images/email.png"
                        width="38" height="38"
                        style="vertical-align:middle; margin-left:6px; border:0; outline:none;">
                      <a href="mailto:info@masiratna.com"
                        style="color:#ffffff; text-decoration:none;">
                        info@masiratna.com
                      </a>
                    </span>

                  </td>
                </tr>
              </table>
            </td>
          </tr>

        </table>
        <!-- End main container -->

      </td>
    </tr>
  </table>

</body>

</html>

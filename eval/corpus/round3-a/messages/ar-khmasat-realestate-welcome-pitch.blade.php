<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>مرحبًا بك في شركة خماسات للعقارات</title>
</head>
<body style="margin: 0; padding: 0; font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; background-color: #f6f9fc;">
    <table cellpadding="0" cellspacing="0" border="0" width="100%" style="background-color: #f6f9fc;">
        <tr>
            <td align="center" style="padding: 40px 0;">
                <table cellpadding="0" cellspacing="0" border="0" width="600" style="background-color: #ffffff; border-radius: 16px; box-shadow: 0 4px 6px rgba(0, 0, 0, 0.1);">
                    <!-- Header with Logo -->
                    <tr>
                        <td align="center" style="padding: 40px 0 20px 0;">
                            <img src="{{asset('WhatsApp Image 2024-10-20 at 02.02.29_f3d528b6.jpg')}}" alt="شركة خماسات للإستثمار العقاري" style="width: 200px; height: auto;">
                        </td>
                    </tr>
                    
                    <!-- Blue Accent Bar -->
                    <tr>
                        <td>
                            <div style="height: 4px; background: linear-gradient(to right, #2196F3, #0D47A1); margin: 0 40px;"></div>
                        </td>
                    </tr>

                    <!-- Welcome Message -->
                    <tr>
                        <td style="padding: 40px 40px 20px 40px;">
                            <h1 style="margin: 0; color: #1565C0; font-size: 28px; font-weight: bold; text-align: center;">
                                مرحبًا بك في عائلة خماسات {{ $user->name }}!
                            </h1>
                        </td>
                    </tr>

                    <!-- Main Content -->
                    <tr>
                        <td style="padding: 20px 40px;">
                            <p style="color: #424242; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0;">
                                نحن سعداء جداً بانضمامك إلى شركة خماسات للإستثمار العقاري! نحن نفخر بكوننا شريكك الموثوق في رحلتك العقارية.
                            </p>
                            <p style="color: #424242; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0;">
                                مع خماسات ستحصل على:
                            </p>
                            <ul style="color: #424242; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0; padding-right: 20px;">
                                <li style="margin-bottom: 10px;">خدمة عملاء احترافية على مدار الساعة</li>
                                <li style="margin-bottom: 10px;">استشارات عقارية مجانية</li>
                                <li style="margin-bottom: 10px;">عروض حصرية وفرص استثمارية مميزة</li>
                                <li>تحديثات مستمرة عن أحدث العقارات</li>
                            </ul>
                        </td>
                    </tr>

                    <!-- CTA Button -->
                    <tr>
                        <td align="center" style="padding: 20px 40px;">
                            <a href="https://khmasat.treasure-academy.com/public/" style="display: inline-block; padding: 15px 30px; background-color: #1565C0; color: #ffffff; text-decoration: none; border-radius: 8px; font-weight: bold; font-size: 16px;">تصفح العقارات الآن</a>
                        </td>
                    </tr>

                    <!-- Contact Info -->
                    <tr>
                        <td style="padding: 20px 40px;">
                            <p style="color: #424242; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0;">
                                هل لديك أي استفسارات؟ فريقنا جاهز لمساعدتك:
                            </p>
                            <p style="color: #424242; font-size: 16px; line-height: 1.6; margin: 0;">
                                البريد الإلكتروني: <a href="mailto:support@khmasat.com" style="color: #1565C0; text-decoration: none;">support@khmasat.com</a>
                            </p>
                        </td>
                    </tr>

                    <!-- Footer -->
                    <tr>
                        <td style="padding: 40px; background-color: #f8f9fa; border-bottom-left-radius: 16px; border-bottom-right-radius: 16px;">
                            <p style="color: #666666; font-size: 14px; line-height: 1.6; margin: 0; text-align: center;">
                                شركة خماسات للإستثمار العقاري<br>
                                بنغازي - فينيسيا 2<br>
                                <a href="https://khmasat.treasure-academy.com/public/" style="color: #1565C0; text-decoration: none;">www.khmasat.com</a>
                            </p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
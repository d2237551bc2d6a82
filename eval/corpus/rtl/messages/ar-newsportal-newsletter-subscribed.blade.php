


<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Subscribe Service</title>
</head>
<body style="background: #eee; font-family: Arial, Helvetica, sans-serif">

    <div style="width: 600px; margin: 40px auto; background: #fff; border: 2px solid #d6d6d6; padding: 20px; font-family: Arial, sans-serif; direction: rtl; text-align: right;">
        <h2 style="color: #333;">مرحباً عزيزي،</h2>

        <p>يسعدنا إبلاغك بأنه تم الإشتراك في خدمة النشرة الإخبارية بنجاح.</p>

        <p>سيتم ارسال الأخبار اول بأول على الإيميل الخاص بك</p>

        <div style="text-align: center; margin: 30px 0;">
            <a href="{{ route('site.index') }}" style="background-color: #28a745; color: white; padding: 12px 25px; text-decoration: none; border-radius: 5px; font-size: 16px;">
                الذهاب إلى الصفحة الرئيسية
            </a>
        </div>
        <br>
        <p>مع أطيب التحيات،</p>
        <p>فريق الدعم</p>
    </div>

</body>
</html>

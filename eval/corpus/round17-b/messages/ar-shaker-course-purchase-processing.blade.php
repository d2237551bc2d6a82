<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
    <meta charset="UTF-8">
    <title>تأكيد تسجيلك في الدورة الإلكترونية</title>
</head>
<body style="font-family: 'Segoe UI', Tahoma, Geneva, Verdana, sans-serif; line-height: 1.8; color: #333; background-color: #f9f9f9; padding: 20px;">
    <div style="max-width: 600px; margin: 0 auto; background-color: #ffffff; padding: 30px; border-radius: 12px; shadow: 0 4px 6px rgba(0,0,0,0.1); border: 1px solid #eee;">
        <div style="text-align: center; margin-bottom: 20px;">
            <h1 style="color: #2563eb; margin-bottom: 5px;">مرحباً بك!</h1>
        </div>

        <p style="font-size: 16px;">نشكرك على ثقتك ونسعد بإبلاغك بأنه يتم معالجة عملية شراء الدورة الإلكترونية 🎉</p>
        
        <p style="font-size: 16px;">سيكون المحتوى متاح خلال ٢٤ ساعة من تأكيد عملية الدفع و يمكنك البدء بالوصول إلى محتوى الدورة والاستفادة من جميع المواد التعليمية المتاحة.</p>

        <div style="background-color: #f1f5f9; border-right: 4px solid #2563eb; padding: 20px; margin: 25px 0; border-radius: 0 8px 8px 0;">
            <h3 style="margin-top: 0; color: #1e40af;">معلومات الدعم الفني</h3>
            <p style="margin-bottom: 10px;">في حال واجهت أي مشكلة تقنية أو كان لديك أي استفسار، فريق الدعم الفني جاهز لمساعدتك عبر:</p>
            <ul style="list-style: none; padding: 0;">
                <li style="margin-bottom: 10px;">📧 <strong>البريد الإلكتروني:</strong> <a href="mailto:alaa.shahlan.alabdullah@gmail.com" style="color: #2563eb; text-decoration: none;">alaa.shahlan.alabdullah@gmail.com</a></li>
                <li>📱 <strong>واتساب:</strong> <a href="https://wa.me/96896657363" style="color: #2563eb; text-decoration: none;">+968 96657363</a></li>
            </ul>
        </div>

        <p style="font-size: 16px;">لا تتردد في التواصل معنا في أي وقت، يسعدنا دعمك لضمان أفضل تجربة تعلم ممكنة.</p>
        
        <p style="font-size: 18px; font-weight: bold; text-align: center; color: #059669; margin: 30px 0;">نتمنى لك رحلة تعليمية موفّقة وممتعة 🌟</p>

        <div style="border-top: 1px solid #eee; padding-top: 20px; font-size: 14px; color: #666;">
            <p style="margin-bottom: 5px;">مع خالص التحية،</p>
            <p style="margin-bottom: 5px; font-weight: bold; color: #333;">الاء شهلان</p>
            <p style="margin-top: 0;">فريق الدعم الفني</p>
        </div>
    </div>
</body>
</html>

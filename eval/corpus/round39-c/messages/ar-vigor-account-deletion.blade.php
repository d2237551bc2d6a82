<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Account Delete Email</title>
    <style>
        body {
            font-family: sans-serif;
        }

        a {
            text-decoration: none;
            font-weight: bold;
        }

        @media (min-width:600px) {
            p {
                max-width: -600px;
            }
        }
    </style>
</head>

<body>
    <h1 dir="rtl">البريد الخاص بحذف الحساب</h1>
    <hr>
    <p dir="rtl"> مرحبا <span
            style="
        font-size: large;
        font-weight: 600;
        color: darkorange;
    ">{{ $name }}</span>!
    <p dir="rtl">نحن حزينون لانك قررت حذف حسابك في تطبيقنا.</p>
    <p dir="rtl">لكن يمكنك استعادة حسابك خلال مدة ثلاثين يوماً, بعد انقضاء هذه المهلة سيتم حذف حسابك نهائياً مع
        جميع البينات المتعلقة به.</p>
    <p dir="rtl">اذا كنت تواجه صعوبات او مشاكل خلال استخدام التطبيق, يمكنك التواصل مع فريق الدعم الفني
        من <a href="mailto:vigor.app.1@gmail.com">هنا</a>, سنكون مسرورين جداً بمساعدتك.</p>
    <p dir="rtl">لاستعادة حسابك خلال مدة الثلاثين يوم , كل ماعليك فعله هو تسجيل الدخول في التطبيق و
        اتباع بعض الخطوات البسيطة التي ستظهر لك.</p>
    <h4 dir="rtl">نتمنى رؤيتك بالتطبيق قريبا.</h4>
    <h4 dir="rtl">شكراً,</h4>
    <h4 dir="rtl">فريق تطبيق Vigor .</h4>
</body>

</html>

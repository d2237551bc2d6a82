<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>عقار مصر - إعلان عقارك</title>
    <style>
        p {
            font-size: 17px;
            color: black;
        }
    </style>
</head>
<body style="font-family: Arial, sans-serif; background-color: #f0f0f0; padding: 20px;">

<div style="background-color: #fff; border-radius: 10px; padding: 20px;">
    <h1 style="color: #333;">عزيزي المستخدم،</h1>

    <p>شكرًا لثقتك بموقع عقار مصر، أفضل موقع للبحث عن العقارات في مصر</p>

    <p>نود إعلامك بأن إعلانك الخاص بالعقار بعنوان ( {{$title}} ) قد تم نشره منذ 30 يومًا، وسيتم حذفه تلقائياً خلال 15
        يومًا.</p>

    <p>إذا كنت ترغب في الاستمرار في عرض إعلانك على موقعنا، يمكنك تجديده بسهولة وبضغطة زر واحدة.</p>

    <p>إذا كنت ترغب في زيادة فرص بيع عقارك، يمكنك تمويل إعلانك لجعله أكثر وضوحًا وجذبًا للزوار.</p>

    <p>لا تفوت هذه الفرصة الذهبية للحصول على أفضل سعر لعقارك. قم بتجديد أو تمويل إعلانك الآن!</p>

    <p>شكرًا لاختيارك موقع عقار مصر، نتطلع دائمًا لخدمتك.</p>
</div>

</body>
</html>

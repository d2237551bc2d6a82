<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="UTF-8">
    <style>
        body {
            font-family: 'Tahoma', sans-serif;
            background-color: #f5f5f5;
            padding: 30px;
        }
        .email-container {
            background-color: #fff;
            border-radius: 8px;
            padding: 20px 30px;
            max-width: 600px;
            margin: auto;
            box-shadow: 0 2px 8px rgba(0,0,0,0.05);
        }
        .header {
            font-size: 20px;
            font-weight: bold;
            color: #4CAF50;
            margin-bottom: 15px;
        }
        .details {
            font-size: 15px;
            color: #333;
            line-height: 1.8;
        }
        .footer {
            margin-top: 30px;
            font-size: 13px;
            color: #888;
            text-align: center;
        }
    </style>
</head>
<body>
    <div class="email-container">
        <div class="header">📦 تم تأكيد طلبك بنجاح!</div>

        <div class="details">
            شكراً لطلبك معنا!<br><br>
            <strong>رقم الطلب:</strong> #1234<br>
            <strong>الاسم:</strong> وليد رضا<br>
            <strong>البريد الإلكتروني:</strong> walid.reda345@gmail.com<br>
            <strong>المجموع:</strong> 250.00 ريال سعودي<br><br>
            <strong>المنتجات:</strong><br>
            <ul>
                <li>تيشيرت رجالي - مقاس M (x1)</li>
                <li>سماعة لاسلكية (x2)</li>
                <li>كابل شحن سريع (x1)</li>
            </ul>
        </div>
        <div class="footer">
            هذا البريد لا يتطلب ردًا. إذا كانت لديك استفسارات، يرجى التواصل معنا.
        </div>
    </div>
</body>
</html>

<!DOCTYPE html>
<html dir="rtl" lang="he">
<head>
    <meta charset="UTF-8">
    <title>תשלום הושלם</title>
</head>
<body style="font-family: Arial, sans-serif; direction: rtl;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px;">
        <h1 style="color: #ec4899;">🎉 התשלום הושלם בהצלחה!</h1>
        <p>שלום {{ $coupleName }},</p>
        <p>עמוד החתונה שלך פעיל כעת! תוכל לשתף אותו עם האורחים שלך.</p>
        <a href="{{ $pageUrl }}" style="display: inline-block; background-color: #ec4899; color: white; padding: 12px 24px; text-decoration: none; border-radius: 8px; margin-top: 20px;">
            צפה בעמוד
        </a>
    </div>
</body>
</html>


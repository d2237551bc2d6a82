<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>النشرة البريدية</title>
</head>
<body>
    <h2>النشرة البريدية من Meem</h2>
    <p>{!! $content !!}</p>
</body>
</html>

<!DOCTYPE html>
<html>
<body style="font-family: sans-serif;">
    {!! $bodyHtml !!}
    <hr>
    <p style="font-size:12px;color:#888;">
        더 이상 받고 싶지 않으시면 <a href="{{ $unsubscribeUrl }}">구독 취소</a>
    </p>
</body>
</html>

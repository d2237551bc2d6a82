<!DOCTYPE html>
<html>
<body style="font-family: sans-serif;">
    <h2>AIM Church 뉴스레터 구독 확인</h2>
    <p>아래 버튼을 눌러 구독을 확인해주세요.</p>
    <p><a href="{{ $confirmUrl }}" style="background:#1e2327;color:#fff;padding:12px 20px;text-decoration:none;border-radius:6px;">구독 확인하기</a></p>
    <p>본인이 요청하지 않았다면 이 메일을 무시하셔도 됩니다.</p>
</body>
</html>

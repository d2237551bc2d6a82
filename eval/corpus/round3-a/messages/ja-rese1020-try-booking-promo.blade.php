<!-- resources/views/emails/notification.blade.php -->
<!DOCTYPE html>
<html>

<head>
    <title>Riseからのお知らせ</title>
</head>

<body>
    <p>こんにちは！Riseチームです。</p>
    <p>
        お近くのレストランを簡単に予約できる「Rise」、もうご利用いただけましたか？
        アプリを使えば、次のようなことが簡単にできます。
    </p>
    <ul>
        <li>📌 <b>Riseの特徴</b></li>
        <li>- 20店舗から選べる多彩なレストラン</li>
        <li>- スマホで24時間いつでも簡単予約</li>
        <li>- お気に入り登録でお気に入りの店舗を管理！</li>
    </ul>
    <p>食欲の秋に、美味しいひとときをRiseで見つけてみませんか？</p>
    <p>▶ <a href="http://localhost">今すぐ予約してみる</a></p>
    <p>皆さまのご予約をお待ちしております！</p>
</body>

</html>
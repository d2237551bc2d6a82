<!DOCTYPE html>
<html lang="ja">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>登録のご確認について</title>
</head>
<body>
<p>
    {{ $user_name }}様
    <br>
    <br>
    <br>プラマイカウンターにご登録していただきありがとうございます。
    <br>
    <br>ご登録が確認できましたことをここにお伝えします。
    <br>
    <br>ご登録いただきましたパスワードは誰とも共有しないでいただきますようよろしくお願いします。
    <br>
    <br>カウンターの目標値を達成していただきますと、本サイトで匿名で気軽に共有することもできちゃいます♪
    <br>是非ともご利用してみてください!!
    <br>本サイトを使ってみての感想等をSNS等で共有していただきますと幸いです!
</p>
<br>
<br>
<br>
<br>
<div>
-------------------------------------------------------------<br>
管理人: hou<br>
サービス: プラマイカウンター<br>
お問い合わせ: <a href="https://plusminuscounter.com/under_contents/contact">こちら</a><br>
-------------------------------------------------------------
</div>
</body>
</html>
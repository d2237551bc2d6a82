{X_UNAME}さん、こんにちは

{SITENAME}におけるユーザ登録用メールアドレスとしてあなたのメールアドレス（{X_UEMAIL}）が使用されました。もし{SITENAME}でのユーザ登録に覚えがない場合はこのメールを破棄してください。

{SITENAME}でのユーザ登録を完了するには下記のリンクをクリックして登録の承認を行ってください。

{USERACTLINK}

-----------
{SITENAME} ({SITEURL}) 
webmaster
{ADMINMAIL}
{X_UNAME}さん、こんにちは

当サイト{X_MODULE}モジュールにおいて{X_ITEM_TYPE}「{X_ITEM_NAME}」に対するコメントの新規投稿がありました。

下記のリンクをクリックするとこのコメントを見ることができます：
{X_COMMENT_URL}

-----------

このメールはXOOPSの自動通知機能によって送信されています

自動通知を停止したい場合は下記のURLにアクセスしてください：
{X_UNSUBSCRIBE_URL}

-----------
{X_SITENAME} ({X_SITEURL}) 
管理人
{X_ADMINMAIL}

{X_UNAME}さん、こんにちは

{POSTER_NAME}さんが「{PAGE_NAME}」を更新しました。

更新内容を見るには下記URLにアクセスしてください：
{POST_URL}

今回の更新差分:
{POST_DIFF}

ページ全文:
{POST_DATA}
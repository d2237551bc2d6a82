{{$userName}}さんから<br>
家事共有アプリ「CAJICO（カジコ）」の招待が届きました！<br>
<br>
簡単3ステップで、{{$userName}}さんの家族に参加しましょう！<br>
<br>
▼Step.1 アプリのダウンロード<br>
「家事共有アプリ CAJICO」のアプリをインストール (既にインストール済みの方は、Step.2へGO！)<br>
・iOS：<a href="https://apps.apple.com/jp/app/id6446474225">https://apps.apple.com/jp/app/id6446474225</a><br>
・Android：<a href="https://play.google.com/store/apps/details?id=com.herokuapp.cajico">https://play.google.com/store/apps/details?id=com.herokuapp.cajico</a><br>
<br>
▼Step.2 以下URLをタップ<br>
<a href="{{$url}}">{{$url}}</a><br>
<br>
▼Step.3 ユーザー情報を入力<br>
お名前や家族の関係など簡単な情報を入力すれば参加完了です♪<br>
<br>
━━━━━━━━━━━━━━━━━━━━━<br>
このメールアドレスは送信専用となっております。<br>
返信いただいても対応はいたしかねますのでご了承ください。<br>
※このメールに心当たりがない場合は、お手数ですが破棄してください。<br>
━━━━━━━━━━━━━━━━━━━━━<br>

<p>
    いつもQest&nbsp;mallをご利用いただき、ありがとうございます。<br>
    現在Qest&nbsp;mallでは今すぐ使えるクーポンを配布中です！<br>
    <br>
    この機会に是非Qest&nbsp;mallでのショッピングをお楽しみください。<br>
    詳しくは以下URLをクリック！<br>
    <br>
    クーポン詳細<br>
    ---------------------------------------------------<br>
    <br>
    クーポン名:&nbsp;{{ $coupon_name }}<br>
    ご利用期限:&nbsp;{{ $expiration_date }}<br>
    ご利用条件:&nbsp;{{ $terms_of_use }}<br>
    <br>
    ---------------------------------------------------<br>
    クーポン詳細は<a href="{{ $coupon_url }}">こちら</a>からもご確認いただけます。<br>
    <br>
    このメールの配信停止は<a href="{{ $email_delivery_unsubscribe_url }}">こちら</a>。<br>
</p>

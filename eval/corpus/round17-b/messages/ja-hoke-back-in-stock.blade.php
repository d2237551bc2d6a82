 <br>
 {{$itemDetailRedisplayRequest->itemDetail->item->name}}（{{$itemDetailRedisplayRequest->itemDetail->variationName}}） <br>
 が再入荷いたしました。 <br>
 <br>
 下記URLから商品ページをご覧いただけます。 <br>
 <br>
 {{ env('FRONT_APP_URL') }}/items/detail/{{$itemDetailRedisplayRequest->itemDetail->item->product_number}}
 <br>
 ・このメールは在庫の確保をお約束するものではございません。 <br>
 ・人気商品は再入荷後すぐに完売する場合がございます。 <br>
 ・完売後も引き続き再入荷のお知らせをご希望の場合は、お手数ですが再度ご登録ください。 <br>
 <br>
 <br>
 ※このメールは送信専用アドレスから配信されております。ご返信いただいても、お答えできませんので予めご了承下さい。 <br>

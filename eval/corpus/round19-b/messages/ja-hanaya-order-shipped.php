    // Order shipped notifications
    'order_shipped_subject'    => '注文番号 #:order_id が発送されました',
    'order_shipped_line'       => 'ご注文番号 #:order_id は発送され、配送中です。',
    'order_shipped_message'    => '注文番号 #:order_id が発送されました',
    'order_shipped_thank_you'  => '当店をご利用いただきありがとうございます！',

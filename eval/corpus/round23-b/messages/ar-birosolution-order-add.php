<?php
//  Website: WWW.OpenCartArab.com
//  E-Mail : info@OpenCartArab.com

// Text
$_['text_subject']          = '%s - الطلب %s';
$_['text_greeting']         = 'شكرا لتعاملكم مع - %s لقد تم استلام طلبك وسيتم انهاء الطلب بعد التأكد من اتمام عملية الدفع.';
$_['text_link']             = 'لاستعراض تفاصيل الطلب اضغط على الرابط التالي :';
$_['text_order_detail']     = 'تفاصيل الطلب';
$_['text_instruction']      = 'رقم الفاتورة:';
$_['text_order_id']         = 'رقم الطلب:';
$_['text_date_added']       = 'تاريخ الطلب:';
$_['text_order_status']     = 'حالة الطلب:';
$_['text_payment_method']   = 'طريقة الدفع :';
$_['text_shipping_method']  = 'طريقة الشحن :';
$_['text_email']            = 'البريد الالكتروني :';
$_['text_telephone']        = 'رقم الهاتف أو الجوال :';
$_['text_ip']               = 'عنوان الآي بي :';
$_['text_payment_address']  = 'عنوان الدفع';
$_['text_shipping_address'] = 'عنوان الشحن';
$_['text_products']         = 'الطلبات';
$_['text_product']          = 'المنتج';
$_['text_model']            = 'النوع';
$_['text_quantity']         = 'الكمية';
$_['text_price']            = 'السعر';
$_['text_order_total']      = 'اجماليات الطلب';
$_['text_total']            = 'الاجمالي';
$_['text_download']          = 'بعد التأكيد على الدفع يمكنك الذهاب إلى صفحة روابط التنزيل من خلال الرابط التالي:';
$_['text_comment']          = 'الملاحظات على الطلب هي :';
$_['text_footer']           = 'الرجاء الرد على هذا البريد الالكتروني في حالة وجود استفسارات.';

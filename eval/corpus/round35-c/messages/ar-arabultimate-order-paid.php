<?php

return [
    'order_paid_subject' => 'تأكيد طلبك :number من عرب التيميت',
    'order_paid_heading' => 'استلمنا طلبك',
    'order_paid_intro' => 'شكرًا لك. تم تأكيد الدفع وبدأنا تنفيذ طلبك. هذه تفاصيل ما اشتريته.',
    'order_paid_number' => 'رقم الطلب',
    'order_paid_date' => 'تاريخ الطلب',
    'order_paid_quantity' => 'الكمية',
    'order_paid_subtotal' => 'المجموع الفرعي',
    'order_paid_discount' => 'الخصم',
    'order_paid_wallet' => 'مدفوع من المحفظة',
    'order_paid_total' => 'الإجمالي المدفوع',
    'order_paid_method' => 'طريقة الدفع',
    'order_paid_action' => 'متابعة الطلب',
    'order_paid_help' => 'لأي استفسار عن طلبك، تواصل معنا على واتساب وسنرد عليك في أقرب وقت.',
    'footer_freelance' => 'رقم العمل الحر FL-621205220',
    'footer_support' => 'تواصل معنا على واتساب',
    'footer_store' => 'المتجر',
    'footer_rights' => 'جميع الحقوق محفوظة.',
];

<?php

return [
    // Email Content
    'special_offers' => 'عروض خاصة لك فقط',
    'discount' => 'خصم',
    'valid_until' => 'صالح حتى',
    'shop_now' => 'تسوق الآن',
    'visit_store' => 'زيارة المتجر',
    'dont_want_emails' => 'لا تريد تلقي هذه الرسائل؟',
    'unsubscribe' => 'إلغاء الاشتراك',
    'all_rights_reserved' => 'جميع الحقوق محفوظة.',
];

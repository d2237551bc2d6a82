<?php

return [
    // البريد الإلكتروني التسويقي
    'marketing_subject' => 'عرض خاص من :app',
    'marketing_greeting' => 'مرحباً :name،',
    'marketing_footer' => 'شكراً لكونك عميلنا العزيز!',
    'unsubscribe' => 'إلغاء الاشتراك',
    'contact_us' => 'اتصل بنا',
];

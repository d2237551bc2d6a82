<?php

declare(strict_types=1);

return [
    // Phase G — trial lifecycle.
    'trial_warning' => [
        'subject'          => '[:app] فترتك التجريبية تنتهي خلال :days يوم',
        'heading'          => 'فترتك التجريبية تنتهي قريباً',
        'greeting'         => 'مرحباً :name،',
        'body'             => 'فترة تجربتك المجانية على باقة :plan تنتهي خلال :days يوم — في :date. لاستمرار العمل بدون انقطاع، يرجى الترقية للاشتراك المدفوع.',
        'cta'              => 'اشترك الآن',
        'support_hint'     => 'لأي استفسار راسلنا على',
    ],
];

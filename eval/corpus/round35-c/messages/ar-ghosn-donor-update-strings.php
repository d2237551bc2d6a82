<?php

return [
    'footer_default' => 'شكراً لدعمكم فريق غُصن للإغاثة.',
    'unsubscribe_placeholder' => 'تتلقون هذا البريد لأنكم تبرعتم لفريق غُصن للإغاثة.',
    'custom' => [
        'greeting' => 'عزيز/عزيزة :name،',
        'watch_video' => 'مشاهدة الفيديو',
    ],
];

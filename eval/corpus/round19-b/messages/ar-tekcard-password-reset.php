<?php

return [
    'reset' => 'تم إعادة تعيين كلمة المرور الخاصة بك!',
    'sent' => 'لقد تم إرسال رابط إعادة تعيين كلمة المرور إلى بريدك الإلكتروني!',
    'throttled' => 'يرجى الانتظار قبل إعادة المحاولة.',
    'token' => 'رمز إعادة تعيين كلمة المرور هذا غير صالح.',
    'user' => 'لا يمكننا العثور على مستخدم بهذا البريد الإلكتروني.',
    'Hello!' => 'مرحباً!',
    'You are receiving this email because we received a password reset request for your account.' => 'تلقيت هذا البريد الإلكتروني لأننا تلقينا طلب إعادة تعيين كلمة المرور لحسابك.',
    'Reset Password' => 'إعادة تعيين كلمة المرور',
    'This password reset link will expire in :count minutes.' => 'سينتهي صلاحية رابط إعادة تعيين كلمة المرور هذا في غضون :count دقائق.',
    'If you did not request a password reset, no further action is required.' => 'إذا لم تطلب إعادة تعيين كلمة المرور، فلا داعي لاتخاذ أي إجراء.',
    'Regards' => 'تحية طيبة',
];

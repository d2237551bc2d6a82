<?php
return [
    '<strong>Password</strong> recovery' => '<strong>パスワード</strong> 再登録',
    'Hello {displayName}' => 'こんにちは {displayName}さん',
    'If you don\'t use this link within 24 hours, it will expire.' => 'このリンクに24時間以内にアクセスしないと，このリンクは無効になります。',
    'Please use the following link within the next day to reset your password.' => '明日までにこのリンクにアクセスして，パスワードをリセットしてください',
    'Reset Password' => 'パスワードのリセット',
];

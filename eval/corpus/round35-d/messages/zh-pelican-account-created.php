<?php

return [
    'greeting' => '您好 :name！',

    'account_created' => [
        'body' => '您會收到這封電子郵件，是因為您在 :app 上已建立了一個帳號。',
        'username' => '使用者名稱：:username',
        'email' => '電子郵件：:email',
        'action' => '設定您的帳號',
    ],

<?php

declare(strict_types=1);

return [
    'account_expired' => 'アカウント有効期限のお知らせ',
    'account_expired_content' => 'アカウントは :days 日後に期限切れとなります。サービスの継続利用のため、お早めに更新手続きをお願いいたします。',
    'view_web' => 'ウェブサイトを表示',
];

<?php

return [

    'subscription_cancelled' => [
        'subject'          => 'Abonelik İptal Edildi',
        'heading'          => 'Aboneliğiniz iptal edildi.',
        'greeting'         => 'Merhaba :name,',
        'body'             => 'Aboneliğiniz iptal edildi. Mevcut dönem sonuna kadar erişiminiz devam edecektir.',
        'plan'             => 'Plan',
        'access_until'     => 'Erişim Tarihi',
        'status'           => 'Durum',
        'cancelled'        => 'İptal Edildi',
        'resubscribe_note' => 'İstediğiniz zaman fatura sayfasından yeniden abone olabilirsiniz.',
        'cta'              => 'Planları Görüntüle',
    ],

];

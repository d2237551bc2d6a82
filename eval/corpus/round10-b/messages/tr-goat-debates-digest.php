<?php

// every email and the unsubscribe page; edit here, the layout is in resources/views/components/mail
return [
    'brand' => 'GOAT.uz',
    'greeting' => 'Merhaba :name,',
    'signature' => 'GOAT.uz ekibi',
    'link_fallback' => 'Düğme çalışmıyor mu? Bu bağlantıyı tarayıcınıza kopyalayın:',
    'footer' => [
        'account' => 'Bu e-postayı GOAT.uz hesabınız nedeniyle aldınız.',
        'digest' => 'Bu e-postayı yeni tartışmalardan haberdar olmak istediğiniz için aldınız.',
        'help' => 'Yardım mı lazım? Bu e-postayı yanıtlamanız yeterli.',
        'preferences' => 'Bildirim ayarları',
        'unsubscribe' => 'Abonelikten çık',
        'author' => 'GOAT.uz’da bir soru sorduğun için bu e-postayı aldın.',
        'winback' => 'GOAT.uz’da hesabın olduğu ve bir süredir uğramadığın için bu e-postayı aldın.',
    ],
    'digest' => [
        'subject' => '🔥 GOAT.uz’da yeni tartışmalar kızışıyor',
        'title' => 'Merhaba :name, yeni tartışmalar var',
        'intro' => 'Topluluk şimdiden oy veriyor. Neler popüler gör ve oyunu kullan.',
        'hottest' => 'En sıcak tartışma',
        'votes' => 'Oy: :count',
        'cta' => 'Şimdi oy ver',
        'more' => 'Senin için daha fazla tartışma',
        'view' => 'Aç',
    ],
];

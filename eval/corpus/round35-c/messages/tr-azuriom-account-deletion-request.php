<?php

return [

    'hello' => 'Merhaba!',

    'regards' => 'Saygılarımızla,',

    'link' => "\":actionText\" tuşuna tıklarken sorun yaşıyorsanız, İnternet arayıcınızda aşağıda bulunan URL'yi kopyalayıp yapıştırın: [:displayableActionUrl](:actionURL)",

    'copyright' => '&copy;:year :name Tüm haklar saklıdır.',

    'delete' => [
        'subject' => 'Hesap silme talebi',
        'line1' => 'Bu e-postayı alıyorsunuz çünkü hesabınız için bir silme talebi aldık.',
        'action' => 'Hesabımı sil',
        'line2' => 'Bu işlem geri alınamaz. Bu işlem hesabınızı ve ilişkili verileri kalıcı olarak silecektir. Bu bağlantı :count dakika içinde sona erecektir.',
        'line3' => 'Hesabınızın silinmesini talep etmediyseniz, lütfen güvenlik ayarlarınızı gözden geçirdiğinizden emin olun.',
    ],
];

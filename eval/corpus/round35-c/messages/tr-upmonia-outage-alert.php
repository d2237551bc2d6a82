<?php

return [

    'client_label' => 'Müşteri',

    'incident_triggered' => [
        'subject' => 'Kesinti — :monitor',
        'body' => ':monitor için bir kesinti tespit edildi.',
        'cause' => 'Neden',
        'started_at' => 'Başlangıç',
        'flapping_warning' => 'Bu monitör son 10 dakikada birden fazla kez durum değiştirdi (flapping) — ağ kaynaklı geçici bir sorun olabilir.',
        'cta' => 'Panelde görüntüle',
    ],

];

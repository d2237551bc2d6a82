<?php

return [

    'resolved' => [
        'heading' => 'Talep çözüldü',
        'intro' => 'Destek talebiniz çözüldü.',
        'reference_label' => 'Referans',
        'subject_label' => 'Konu',
        'reopen_note' => 'Daha fazla yardıma ihtiyacınız varsa bu talebi yeniden açabilirsiniz.',
        'button' => 'Talebi görüntüle',
        'thanks' => 'Teşekkürler',
    ],

];

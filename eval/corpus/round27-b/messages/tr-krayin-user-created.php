<?php

return [
    'emails' => [
        'common' => [
            'cheers' => 'Saygılar,</br>:app_name Ekibi',

            'user' => [
                'dear'           => 'Sevgili :username',
                'create-subject' => 'Bir üye olarak eklendiniz.',
                'create-body'    => 'Tebrikler! Artık ekibimizin bir üyesisiniz.',
            ],
        ],
    ],
];

<?php

return [
    'emails' => [
        'common' => [
            'cheers' => 'مع أطيب التحيات،</br>فريق :app_name',

            'user' => [
                'dear'           => 'عزيزي :username',
                'create-subject' => 'تم إضافتك كعضو.',
                'create-body'    => 'تهانينا! أنت الآن عضو في فريقنا.',
            ],
        ],
    ],
];

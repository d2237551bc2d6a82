<?php

return [
    'email_footer_text' => 'С уважением,',
    'email_footer_text_2' => 'команда :SITE_NAME',
    'email_footer_address' => 'ул. Михаила Максимовича 24, Киев, Украина',
    'email-subscription-confirmed-email' => [
        'subject' => 'Код на скидку',
        'main_text' => 'Ваш код: <strong>:CODE</strong>',
    ],
];

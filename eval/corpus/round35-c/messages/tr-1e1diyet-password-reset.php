<?php

return [
    'header'       => '1e1 Diyet',
    'footer'       => '© ' . date('Y') . ' 1e1 Diyet | Her hakkı saklıdır',
    'reset'        => [
        'subject' => 'Parola Sıfırlama',
        'title'   => 'Parola Sıfırlama',
        'content' => 'Alttaki butona tıklayarak parolanızı sıfırlayabilirsiniz.',
        'button'  => 'Parola Sıfırla',
    ]
];

<?php

return [
    'common' => [
        'hello' => 'Ciao :firstname',
    ],
    'customer' => [
        'created' => [
            'button' => [
                'confirm' => 'CONFERMA IL TUO INDIRIZZO E-MAIL',
                'visit_store' => 'Visita il nostro negozio',
            ],
            'confirm_mail' => 'Benvenuto nel nostro negozio! Per favore, clicca sul pulsante qui sotto per confermare il tuo indirizzo e-mail.',
            'message' => 'Benvenuto nel nostro negozio! Puoi accedere utilizzando il tuo indirizzo e-mail **:email** e iniziare a fare acquisti immediatamente.',
            'possibilities' => 'Il tuo account utente ti permette di tenere traccia degli ordini aperti e passati.',
            'subject' => 'Benvenuto nel nostro negozio, :firstname',
        ],
    ],
];

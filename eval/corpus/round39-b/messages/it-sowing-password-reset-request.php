<?php

return [

    'account' => 'Conto',
    'contact_representative' => 'Contattate un rappresentante di Sowing se non siete responsabile di questa azione e ritenete che il vostro account sia stato violato.',
    'copyrights' => 'Tutti i diritti riservati.',
    'ignore' => 'Potete tranquillamente ignorare questa email se non siete il mittente.',
    'team' => 'La squadra di Sowing.',

    /**
     * Forgot password email.
     */
    'forgot' => [
        'action' => 'Cliccate sul pulsante qui sotto per impostare una nuova password per il vostro account Sowing.',
        'button' => 'Reimposta la mia password',
        'intro' => 'Abbiamo ricevuto una richiesta di reimpostazione della password per il vostro account.',
        'subject' => 'Reimpostazione della password del vostro account Sowing',
        'title' => 'Password dimenticata',
    ],
];

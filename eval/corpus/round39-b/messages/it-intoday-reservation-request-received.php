<?php

return [
    'reservation' => [
        // Customer confirmation email (initial request received)
        'customer_subject' => 'La tua richiesta di prenotazione presso :restaurant',
        'customer_greeting' => 'Ciao :name,',
        'customer_intro' => 'Grazie per la tua richiesta di prenotazione presso :restaurant.',
        'customer_details_title' => 'Ecco i dettagli della tua prenotazione:',
        'customer_date' => 'Data',
        'customer_time' => 'Ora',
        'customer_guests' => 'Numero di ospiti',
        'customer_notes' => 'Note',
        'customer_outro' => 'Confermeremo la tua prenotazione il prima possibile.',
        'customer_signature' => 'Cordiali saluti, :restaurant',
    ],
];

<?php

return [
    'subject' => 'Il tuo buono regalo di :school',
    'heading' => 'Hai ricevuto un buono regalo!',
    'greeting' => 'Ciao :name,',
    'recipient_default' => 'amico',
    'intro' => 'Qualcuno ti ha inviato un buono regalo da parte di :school.',
    'code_label' => 'Codice del buono',
    'amount_label' => 'Valore',
    'expires_label' => 'Scade il',
    'message_label' => 'Messaggio personale',
    'instructions' => 'Usa questo codice nella tua prossima prenotazione per riscattare l\'importo del regalo.',
    'button_label' => 'Prenota la tua esperienza',
    'thanks' => 'Grazie per la fiducia in :school.',
    'footer_notice' => 'Per qualsiasi domanda rispondi semplicemente a questa email.',
];


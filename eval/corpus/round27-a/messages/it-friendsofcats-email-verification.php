<?php

return [
    // Email di verifica
    'verification' => [
        'subject' => 'Verifica il tuo indirizzo email - :app_name',
        'welcome' => '🎉 Benvenuto su :app_name!',
        'greeting' => 'Ciao :name,',
        'message' => 'Grazie per esserti registrato! Per completare la registrazione e accedere a tutte le funzionalità, devi verificare il tuo indirizzo email cliccando sul pulsante qui sotto.',
        'verify_button' => '✅ Verifica Email',
        'manual_link_text' => 'Se il pulsante non funziona, copia e incolla questo link nel tuo browser:',
        'security_note_title' => '🔒 Sicurezza:',
        'security_note_text' => 'Questo link è valido solo per 60 minuti per motivi di sicurezza. Se non riesci a verificare l\'email in tempo, potrai richiedere un nuovo link di verifica.',
        'footer_text' => 'Questa email è stata inviata da :app_name. Se non hai richiesto questa registrazione, puoi ignorare questa email.',
        'date_time' => 'Data e ora: :datetime',
    ],
];

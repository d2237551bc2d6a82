<?php
return [
    'subject' => '[SUMA-EV & MetaGer] La tua domanda di iscrizione non è stata completata',
    'description' => 'Avete avviato una richiesta di adesione ma non abbiamo ricevuto tutti i dati necessari per esaminarla. È possibile continuare la richiesta facendo clic sul pulsante sottostante.',
    'cancel' => 'Se non volete più richiedere l\'iscrizione, potete ignorare questa mail. Abbiamo cancellato i dati precedentemente inviati.',
    'finish_button' => "Terminare la domanda di adesione",
];

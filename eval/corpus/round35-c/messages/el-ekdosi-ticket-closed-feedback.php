<?php

declare(strict_types=1);

return [

    // Shared words/phrases reused across several mail views.
    'common' => [
        'regards' => 'Με εκτίμηση,',
    ],

    'ticket' => [
        'feedback' => [
            'closed' => 'Το αίτημά σας :reference — «:subject» — έκλεισε.',
            'ask' => 'Θα εκτιμούσαμε πολύ μια σύντομη αξιολόγηση της εξυπηρέτησης:',
            // Shorter variant for the plain-text part (no button follows it there).
            'ask_text' => 'Θα εκτιμούσαμε πολύ μια σύντομη αξιολόγηση:',
            'button' => 'Αξιολόγηση εξυπηρέτησης',
            'fallback' => 'Αν το κουμπί δεν λειτουργεί, αντιγράψτε τον σύνδεσμο:',
            'title' => 'Πώς σας φάνηκε η εξυπηρέτηση;',
            'thanks' => 'Σας ευχαριστούμε,',
        ],
    ],

];

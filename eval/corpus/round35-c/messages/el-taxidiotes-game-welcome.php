<?php

declare(strict_types=1);

return [

    /*
    |--------------------------------------------------------------------------
    | Notifications elements
    |--------------------------------------------------------------------------

    */

    'registration_subject' => 'Taxidiotes game | Καλώς όρισες!',
    'registration_greeting' => 'Καλώς όρισες στο παιχνίδι «Ταξιδιώτες»!',
    'registration_prompt' => 'Ξεκίνησε το παιχνίδι!',
    'registration_end' => 'Καλή διασκέδαση',
    'regards' => 'Φιλικά',
    'trouble_with_button' => 'Αν έχετε πρόβλημα να πατήσετε το κουμπί',
    'copy_paste_url' => ' , αντιγράψτε και επικολλήστε το παρακάτω URL στο web browser σας:',
];

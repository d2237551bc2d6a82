<?php

declare(strict_types=1);

return [

    // Shared words/phrases reused across several mail views.
    'common' => [
        'regards' => 'Με εκτίμηση,',
    ],

    // quote/offer.blade.php
    'quote' => [
        // Bare word used in the email SUBJECT (envelope), e.g. «… — Προσφορά APY42».
        'subject_label' => 'Προσφορά',
        'heading' => 'Προσφορά :code',
        'greeting' => 'Αξιότιμε/η πελάτη,',
        'intro' => 'Σας αποστέλλουμε συνημμένα την προσφορά μας.',
        'intro_with' => 'Σας αποστέλλουμε συνημμένα την προσφορά μας για: :subject.',
        'valid_until' => 'Ισχύει έως:',
        'total' => 'Συνολική αξία:',
        'closing' => 'Παραμένουμε στη διάθεσή σας για οποιαδήποτε διευκρίνιση.',
        'not_tax_doc' => 'Η παρούσα προσφορά δεν αποτελεί φορολογικό παραστατικό.',
    ],

];

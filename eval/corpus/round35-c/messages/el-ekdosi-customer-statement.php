<?php

declare(strict_types=1);

return [

    // Shared words/phrases reused across several mail views.
    'common' => [
        'regards' => 'Με εκτίμηση,',
    ],

    // customer/statement.blade.php
    'statement' => [
        'heading' => 'Καρτέλα πελάτη',
        'greeting' => 'Αγαπητέ/ή :name,',
        'default_body' => 'Επισυνάπτεται η καρτέλα κινήσεων του λογαριασμού σας σε μορφή PDF.',
    ],

];

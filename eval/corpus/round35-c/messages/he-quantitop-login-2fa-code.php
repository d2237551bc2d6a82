<?php

return [
    'two_factor' => [
        'subject' => 'קוד האימות שלך ל-QuantiTop',
        'greeting' => 'שלום :name,',
        'intro' => 'השתמש בקוד הבא כדי להשלים את ההתחברות ל-QuantiTop.',
        'expires' => 'הקוד יפוג בעוד :minutes דקות.',
        'ignore' => 'אם לא ניסית להתחבר, ניתן להתעלם מהודעה זו.',
    ],
];

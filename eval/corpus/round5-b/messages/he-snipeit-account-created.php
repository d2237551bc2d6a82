<?php

return [
    'welcome_to' => 'ברוכים הבאים ל: אינטרנט!',
    'welcome' => 'ברוכים הבאים: שם',
    'admin_has_created' => 'מנהל מערכת יצר עבורך חשבון באתר האינטרנט:.',
    'your_credentials' => 'שלך Snipe- IT אישורים',
    'username' => 'שם משתמש',
    'password' => 'סיסמה',
    'login' => 'התחברות',
    'best_regards' => 'כל טוב,',
];

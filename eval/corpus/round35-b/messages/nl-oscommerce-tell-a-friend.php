define('TEXT_EMAIL_SUBJECT', 'Uw vriend %s raadt u dit schitterend artikel van %s aan');
define('TEXT_EMAIL_INTRO', 'Hallo %s!' . "\n\n" . 'Uw vriend, %s, dacht dat u interesse zou hebben in %s van %s.');
define('TEXT_EMAIL_LINK', 'om het artikel te bekijken klik op de link hieronder of kopieer en plak de link in uw web browser:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Groeten,' . "\n\n" . '%s');

<?php

return [
    'dear' => 'Dear :name',

    //Password
    'password.updated.subject' => 'Uw wachtwoord is succesvol gewijzigd',
    'password.updated.text' => 'U hebt recentelijk uw wachtwoord gewijzigd. Indien u deze actie niet zelf heeft uitgevoerd dan raden wij u aan om een administrator te contacteren.',
    'password.updated.closing' => 'U kan de veiligheid van uw account optimaliseren door Two Factor authentication in te schakelen!',
    'password.updated.button' => 'Schakel Two Factor Authentication in',
];

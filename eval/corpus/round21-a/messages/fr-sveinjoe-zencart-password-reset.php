<?php
$define = [
    'EMAIL_PASSWORD_REMINDER_SUBJECT' => STORE_NAME . ' - Nouveau mot de passe',  
    'EMAIL_PASSWORD_REMINDER_BODY' => 'Un nouveau mot de passe a été demandé depuis ' . $_SERVER['REMOTE_ADDR'] . '.' . "\n\n" . 'Votre nouveau mot de passe pour \'' . STORE_NAME . '\' est:' . "\n\n" . '   %s' . "\n\nAprès avoir connecté avec votre nouveau mot de passe, vous pouvez le modifier dans la section 'Mon compte'.",  
];

return $define;

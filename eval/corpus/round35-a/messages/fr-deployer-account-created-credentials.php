<?php

return [

    // Account creation email
    'creation_subject'   => 'Création de compte',
    'created'            => 'Votre compte a été créé !',
    'login_now'          => 'Se connecter maintenant',
    'username'           => 'Votre nom d\'utilisateur est :username',
    'password'           => 'Votre mot de passe est :password',
    // Others
    'welcome'            => 'Bonjour :name',
    'regards'            => 'Cordialement,',
];

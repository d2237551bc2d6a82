<?php

return [
    'welcome_subject' => 'Benvenuto su Moruzzi Numismatica',
    'welcome_image_alt' => 'Conferma registrazione',
    'welcome_greeting' => 'Benvenuto su Moruzzi Numismatica.',
    'welcome_credentials_intro' => 'Per accedere al nostro sito, è necessario utilizzare queste credenziali durante il checkout o sulla pagina :account_link:',
    'welcome_my_account' => 'Mio Account',
    'welcome_email_label' => 'Email',
    'welcome_password_label' => 'Password',
    'welcome_password_hint' => 'Password impostata durante la creazione account',
    'welcome_forgot_password' => 'Hai dimenticato la password dell\'account? :link per reimpostarla.',
    'welcome_forgot_password_link' => 'Clicca qui',
    'welcome_account_benefits_intro' => 'Accedendo al tuo account, sarai in grado di:',
    'welcome_benefit_checkout' => 'Procedere velocemente attraverso il checkout',
    'welcome_benefit_orders' => 'Controllare gli status degli ordini',
    'welcome_benefit_profile' => 'Gestire i tuoi dati modificando informazioni e indirizzi',
    'welcome_benefit_history' => 'Consultare lo storico degli ordini',
];

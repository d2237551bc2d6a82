<?php
// Text
$_['text_subject']        = '%s - Grazie per esserti registrato';
$_['text_welcome']        = 'Benvenuto e grazie per esserti registrato su %s!';
$_['text_login']          = 'Il tuo account è stato creato e puoi accedere con il tuo indirizzo email e la tua password dal nostro sito o al seguente indirizzo:';
$_['text_approval']       = 'Il tuo account deve essere approvato prima che tu possa accedere. Una volta approvato potrai accedere con il tuo indirizzo email e la tua password dal nostro sito o al seguente indirizzo:';
$_['text_service']        = 'Dopo l\'accesso potrai usare altri servizi, tra cui rivedere gli ordini passati, stampare le fatture e modificare i dati del tuo account.';
$_['text_thanks']         = 'Grazie,';
$_['text_new_customer']   = 'Nuovo cliente';
$_['text_signup']         = 'Si è registrato un nuovo cliente:';
$_['text_customer_group'] = 'Gruppo clienti:';
$_['text_firstname']      = 'Nome:';
$_['text_lastname']       = 'Cognome:';
$_['text_email']          = 'Email:';
$_['text_telephone']      = 'Telefono:';

// Button
$_['button_login']        = 'Accedi';

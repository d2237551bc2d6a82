<?php
/*
 *	Made by Samerton
 *  https://github.com/NamelessMC/Nameless/
 *  NamelessMC version 2.0.0-pr8
 *
 *  License: MIT
 *
 *  Dutch Language - Emails
 */

$language = array(

    // General Options
    'greeting' => 'Hoi,',
    'thanks' => 'Nogmaals bedankt,',

    // Change Password
    'change_password_subject' => 'Wachtwoord vergeten?',
    'change_password_message' => 'Om je wachtwoord te herstellen, klik op de volgende link. Als je dit niet hebt aangevraagd, kan je deze email negeren.',
);

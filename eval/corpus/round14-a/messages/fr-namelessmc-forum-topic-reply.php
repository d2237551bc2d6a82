<?php
/*
 *  Made by Ikiae
 *  https://github.com/NamelessMC/Nameless/
 *  NamelessMC version 2.0.0-pr10
 *
 *  License: MIT
 *
 *  EnglishUK Language - Emails
 */

$language = array(

    // General Options
    'greeting' => 'Bonjour,',
    'thanks' => 'Merci,',

    // Forum Topic Replies
    'forum_topic_reply_subject' => '{x} a répondu à {y}', // Don't remove {x} or {y}
    'forum_topic_reply_message' => '{x} a répondu à un sujet que vous suivez. Contenu : {z}' // Don't remove {x} or {z}
);

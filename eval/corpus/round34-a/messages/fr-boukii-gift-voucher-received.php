<?php

return [
    'subject' => 'Votre bon cadeau :school',
    'heading' => 'Vous avez reçu un bon cadeau !',
    'greeting' => 'Bonjour :name,',
    'recipient_default' => 'ami',
    'intro' => 'Quelqu’un vous a offert un bon cadeau de la part de :school.',
    'code_label' => 'Code du bon',
    'amount_label' => 'Valeur',
    'expires_label' => 'Expire le',
    'message_label' => 'Message personnel',
    'instructions' => 'Utilisez ce code lors de votre prochaine réservation pour profiter de ce cadeau.',
    'button_label' => 'Réserver votre expérience',
    'thanks' => 'Merci de votre confiance envers :school.',
    'footer_notice' => 'Pour toute question, répondez simplement à cet e-mail.',
];


<?php
// Text
$_['text_subject'] = '%s - Points de fidélité';
$_['text_received'] = 'Vous avez reçu %s points de fidélité !';
$_['text_total'] = 'Votre nombre total de points de fidélité est maintenant de %s.';

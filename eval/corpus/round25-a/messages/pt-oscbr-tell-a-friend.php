<?php
define('TEXT_EMAIL_SUBJECT', 'Seu amigo %s lhe recomendou "%s"');
define('TEXT_EMAIL_INTRO', 'Olá %s!' . "\n\n" . 'Seu amigo %s, pensou que você estaria interessado em %s de %s.');
define('TEXT_EMAIL_LINK', 'Para ver o produto use o seguinte link:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Atenciosamente,' . "\n\n" . '%s');
?>

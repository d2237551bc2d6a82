define('TEXT_EMAIL_SUBJECT', 'O seu amigo %s recomendou este artigo %s');
define('TEXT_EMAIL_INTRO', 'Olá %s!' . "\n\n" . 'O seu amigo %s, pensou que poderia estar interessado em %s da loja %s.');
define('TEXT_EMAIL_LINK', 'Para saber mais acerca do artigo faça um click no link seguinte ou copie e cole o link no seu browser:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Cumprimentos,' . "\n\n" . '%s');

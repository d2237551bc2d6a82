define('TEXT_EMAIL_SUBJECT', 'Votre ami %s a recommand&eacute; ce produit de %s');
define('TEXT_EMAIL_INTRO', 'H&eacute; %s!' . "\n\n" . 'Votre ami(e), %s, a pens&eacute; que vous seriez int&eacute;ress&eacute;s par %s de %s.');
define('TEXT_EMAIL_LINK', 'Pour voir le produit cliquez sur le lien ci-dessous ou copiez et collez le lien dans votre navigateur Internet :' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Amicalement,' . "\n\n" . '%s');

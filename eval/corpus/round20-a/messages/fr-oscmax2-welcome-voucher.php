define('EMAIL_ACCOUNT_DETAILS', 'Account Details:');
define('EMAIL_ACCOUNT_USERNAME', 'Username:');
define('ACCOUNT_PASSWORD','Mot de passe:');
define('EMAIL_SUBJECT', 'Bienvenue sur ' . STORE_NAME);
define('EMAIL_GREET_MR', 'Cher Mr. ' . stripslashes($_POST['lastname']) . ',' . "\n\n");
define('EMAIL_GREET_MS', 'Ch&egrave;re Ms. ' . stripslashes($_POST['lastname']) . ',' . "\n\n");
define('EMAIL_GREET_NONE', 'Cher ' . stripslashes($_POST['firstname']) . ',' . "\n\n");
define('EMAIL_WELCOME', 'Nous vous souhaitons la bienvenue sur <b>' . STORE_NAME . '</b>.' . "\n\n");
define('EMAIL_TEXT', 'Vous pouvez d&eacute;sormais acc&eacute;der à nos services :' . "\n\n" . '<li><b>Un panier permanent</b>' . "\n" . '----------------' . "\n\n" . '     Tous les articles resteront dans votre panier jusqu\'à ce que vous conformiez votre commande. Vous pouvez à tout moment supprimer les articles de votre choix.' . "\n\n" . '<li><b>Carnet d\'adresses</b>' . "\n" . '-----------------' . "\n\n" . '     Vous pouvez cr&eacute;er votre carnet d\'adresse, et nous demander la livraison à toute adresse de votre choix.' . "\n\n" . '<li><b>Historique des commandes</b>' . "\n" . '------------------------' . "\n\n" . '     Vous avez acc&egrave;s à l\'historique de vos commandes sur votre compte.' . "\n\n" . '<li><b>Vos suggestions</b>' . "\n" . '---------------' . "\n\n" . '     N\'h&eacute;sitez pas à exprimer vos opinions sur le site '.STORE_NAME.'.' . "\n\n\n");
define('EMAIL_CONTACT', 'Pour toute aide sur les services, merci de contacter : ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n");
define('EMAIL_WARNING', 'Nous vous remercions pour la confiance que vous nous t&eacute;moigniez en vous enregistrant comme nouveau client sur le site ' . HTTP_COOKIE_DOMAIN . "\n\n" . '<b>Observation :</b> ' . HTTP_COOKIE_DOMAIN . ' ne saurait en aucun cas être responsable des utilisations qui pourraient être effectu&eacute;es sur une boîte email d\'une tierce personne.');
// BOF - MOD: CREDIT CLASS Gift Voucher Contribution
define('EMAIL_GV_INCENTIVE_HEADER', "\n\n" .'Pour votre bienvenue comme nouveau client, nous vous avons envoy&eacute; un ch&egrave;que cadeaux d\'une valeur de %s');
define('EMAIL_GV_REDEEM', 'Le code de ce ch&egrave;que cadeau est : %s, vous pouvez entrer ce code au moment de votre commande');
define('EMAIL_GV_LINK', 'ou en suivant ce lien ');
define('EMAIL_COUPON_INCENTIVE_HEADER', "\n\n" .'F&eacute;licitations, pour votre premi&egrave;re visite à notre magasin en ligne, pour vous remercier nous vous envoyons une remise par coupon.' . "\n" .
                                        ' Ci-dessous les d&eacute;tails du Coupon de Remise cr&eacute;&eacute; juste pour vous.' . "\n");
define('EMAIL_COUPON_REDEEM', 'Utiliser le coupon %s au moment de votre commande');
// EOF - MOD: CREDIT CLASS Gift Voucher Contribution
define('EMAIL_ACCOUNT_PASSWORD','Mot de passe:');

<?php
/**
 * Zen Cart German Specific (158 code in 157)
 * @copyright Copyright 2003-2024 Zen Cart Development Team
 * Zen Cart German Version - www.zen-cart-pro.at
 * @copyright Portions Copyright 2003 osCommerce
 * @license https://www.zen-cart-pro.at/license/3_0.txt GNU General Public License V3.0
 * translation 2021 by klartexter
 
 * @version $Id: gv_send.php 2024-05-13 16:52:14Z webchills $
 */

define('EMAIL_GV_TEXT_SUBJECT','Un cadeau de %s');
define('EMAIL_SEPARATOR','');
define('EMAIL_GV_TEXT_HEADER','Félicitations, vous avez reçu un chèque-cadeau d\'une valeur de <strong>%s</strong>.');
define('EMAIL_GV_FROM','Ce chèque-cadeau vous a été offert par <strong>%s</strong>.' . "\n\n");
define('EMAIL_GV_MESSAGE','<br>Avec le message suivant:<br>');
define('EMAIL_GV_SEND_TO','Bonjour %s,');
define('EMAIL_GV_REDEEM','Vous pouvez échanger votre bon cadeau immédiatement. Veuillez noter ce numéro de bon d\'achat: <strong>%s</strong> ' . "\n");
define('EMAIL_GV_LINK','Pour utiliser votre bon d\'échange, veuillez cliquer sur le lien suivant. ');
define('EMAIL_GV_FIXED_FOOTER','Si vous rencontrez des difficultés pour échanger votre Chèque cadeau en utilisant ce lien, vous pouvez entrer le numéro du Chèque cadeau de votre Chèque cadeau lors du processus de commande.<br><br>');
define('EMAIL_GV_SHOP_FOOTER', '');

<?php
/**
 * @package languageDefines
 * @copyright Copyright 2003-2006 Zen Cart Development Team
 * @copyright Portions Copyright 2003 osCommerce
 * @license http://www.zen-cart.com/license/2_0.txt GNU Public License V2.0
 * @version $Id: gv_send.php 3421 2006-04-12 04:16:14Z drbyte $
 */

define('EMAIL_GV_TEXT_SUBJECT', '%sさんからのギフト');
define('EMAIL_SEPARATOR', '----------------------------------------------------------------------------------------');
define('EMAIL_GV_TEXT_HEADER', '' . TEXT_GV_NAME . '(%s)が');
define('EMAIL_GV_FROM', '%s様から' . TEXT_GV_NAME . 'が贈られました。');
define('EMAIL_GV_MESSAGE', 'メッセージ：');
define('EMAIL_GV_SEND_TO', '%s様、こんにちは。');
define('EMAIL_GV_REDEEM', '以下のURLをクリックすると、この' . TEXT_GV_NAME . 'を引き換えることができます。また、当ショップで直接' . TEXT_GV_REDEEM . ': %s を入力していただくことでも引き換えることもできます。' . "\n\n" . '');
define('EMAIL_GV_LINK', '引き換え用URLをクリックしてください。'."\n");
define('EMAIL_GV_VISIT', 'または');
define('EMAIL_GV_ENTER', '' . TEXT_GV_REDEEM . 'を当ショップで入力してください。');
define('EMAIL_GV_FIXED_FOOTER', '上記のURLをクリックしてもうまく' . TEXT_GV_NAME . 'の引き換えができない場合は' . "\n" .
                                'お手数ですがこの' . TEXT_GV_NAME . 'の' . TEXT_GV_REDEEM . 'を当ショップにて入力してください。');
define('EMAIL_GV_SHOP_FOOTER', '');
?>

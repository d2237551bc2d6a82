<?php
/**
 * @package languageDefines
 * @copyright Copyright 2003-2006 Zen Cart Development Team
 * @copyright Portions Copyright 2003 osCommerce
 * @license http://www.zen-cart.com/license/2_0.txt GNU Public License V2.0
 * @version $Id: tell_a_friend.php 3159 2006-03-11 01:35:04Z drbyte $
 */

define('EMAIL_SEPARATOR', '------------------------------------------------------------');

define('EMAIL_TEXT_HEADER','重要!');

define('EMAIL_TEXT_SUBJECT', 'お友達の%s様が%sの商品をお薦めです');
define('EMAIL_TEXT_GREET', '%s様' . "\n\n");
define('EMAIL_TEXT_INTRO', 'お友達の%s様が下記の商品をお薦めになっています。' . "\n\n" . '□ 商品名：%s' . "\n" . '□ 取扱ショップ：%s)');

define('EMAIL_TELL_A_FRIEND_MESSAGE','%s様からのメッセージ:');

define('EMAIL_TEXT_LINK', 'この商品を見るには下記のリンクをクリックするか、' . "\n" . 'ウェブブラウザにURLをコピー＆ペーストしてください:' . "\n\n" . '%s');
define('EMAIL_TEXT_SIGNATURE', 'よろしくお願いいたします。' . "\n\n" . '%s');
?>

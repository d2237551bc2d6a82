<?php
/*
  $Id: tell_a_friend.php,v 1.1.1.1 2002/11/07 03:16:48 nickle Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_EMAIL_SUBJECT', '您的朋友 %s 向您推薦 %s 正在出售的商品');
define('TEXT_EMAIL_INTRO', '%s 您好！' . "\n\n" . '您的朋友 %s， 覺得您對這個商品 %s 應該會感興趣，%s 有售。');
define('TEXT_EMAIL_LINK', '想看看這個商品，請按下面的連結或直接將此連結複製到您的瀏覽器：' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', '謝謝您，' . "\n\n" . '%s');
?>

<?php
/*
  $Id: tell_a_friend.php,v 1.7 2003/06/10 18:20:39 hpdl Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_EMAIL_SUBJECT', '您的朋友 %s 推荐给您一个好景点，来自 %s');
define('TEXT_EMAIL_INTRO', '您好 %s!' . "\n\n" . '您的朋友, %s, 您会感兴趣于 %s 来自 %s.');
define('TEXT_EMAIL_LINK', '点击下面链接或者直接拷贝下面链接地址到浏览器地址栏查看内容:' . "\n\n" . '%s');
define('TEXT_EMAIL_LINK_ARTICLE', '点击下面链接或者直接拷贝下面链接地址到浏览器地址栏查看内容:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', '祝福,' . "\n\n" . '%s');
?>

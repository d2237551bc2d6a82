<?php
/* ----------------------------------------------------------------------
   $Id: tell_a_friend_tell_a_friend.php,v 1.3 2007/06/12 17:03:33 r23 Exp $

   OOS [OSIS Online Shop]
   http://www.oos-shop.de/
   
   
   Copyright (c) 2003 - 2005 by the OOS Development Team.
   ----------------------------------------------------------------------
   Based on:

   File: tell_a_friend.php,v 1.9 2003/02/16 00:42:03 harley_vb
   ----------------------------------------------------------------------
   osCommerce, Open Source E-Commerce Solutions
   http://www.oscommerce.com

   Copyright (c) 2003 osCommerce
   ----------------------------------------------------------------------
   Released under the GNU General Public License
   ---------------------------------------------------------------------- */

$aLang['text_email_subject'] = 'Ваш знакомый %s, нашёл этот продукт здесь: %s';
$aLang['text_email_intro'] = 'Здравствуйте %s!' . "\n\n" . 'Ваш знакомый, %s, нашёл этот продукт %s в %s.';
$aLang['text_email_link'] = 'Чтобы посмотреть этот продукт нажмите на эту ссылку или скопируйте её в окно вашего браузера и нажмите отправить:' . "\n\n" . '%s';
$aLang['text_email_signature'] = 'Всех благ,' . "\n\n" . '%s';
?>

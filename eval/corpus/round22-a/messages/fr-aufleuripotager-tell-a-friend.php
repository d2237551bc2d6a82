<?php
/*
  $Id: tell_a_friend.php,v 1.7 2003/06/10 18:20:39 hpdl Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License
  Translated by Gunt - Contact : webmaster@webdesigner.com.fr
*/
define('TEXT_EMAIL_SUBJECT', 'Votre ami %s a recommand&eacute; ce produit de %s');
define('TEXT_EMAIL_INTRO', 'Hé %s!' . "\n\n" . 'Votre ami(e), %s, a pens&eacute; que vous seriez int&eacute;ress&eacute;s par %s de %s.');
define('TEXT_EMAIL_LINK', 'Pour voir le produit cliquez sur le lien ci-dessous ou copiez et collez le lien dans votre navigateur Internet :' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Amicalement,' . "\n\n" . '%s');

<?php
/*
  $Id: tell_a_friend.php,v 1.7 2003/06/10 18:20:39 hpdl Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Customized by swisscart®, Swiss Webshop Solutions
  http://www.swisscart.com

  Copyright (c) 2003-2007 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_EMAIL_SUBJECT', 'Votre ami %s vous recommande ce produit g&eacute;nial de %s');
define('TEXT_EMAIL_INTRO', 'Bonjour %s&nbsp;!' . "\n\n" . 'Votre ami, %s, pense que vous pourriez &ecirc;tre int&eacute;ress&eacute; par  %s de %s.');
define('TEXT_EMAIL_LINK', 'Pour voir le produit, cliquez sur le lien ci-dessous ou copier/coller le lien dans votre navigateur&nbsp;:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Cordialement,' . "\n\n" . '%s');

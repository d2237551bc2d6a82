<?php
/*
  $Id: tell_a_friend.php,v 1.5 2002/11/19 01:48:08 dgw_ Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_EMAIL_SUBJECT', 'Schattig winkeltje');
define('TEXT_EMAIL_INTRO', 'Hoi %s!' . "\n\n" . 'Ik kwam op internet deze ontzettend leuke website tegen. Allemaal leuke woonaccessoires,kadootjes en hebbedingetjes.');

define('TEXT_EMAIL_LINK', 'Klik op onderstaande link en ga zelf kijken'."\n".'%s');
define('TEXT_EMAIL_SIGNATURE', 'Met vriendelijke groetjes,' . "\n\n" . '%s');

<?php
/*
  $Id: tell_a_friend.php   $

  $Path: /catalog/includes/languages/dutch/ $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License

  20190804 Denkster vertaald en Updated to Phoenix 1.0.1.2
*/

define('TEXT_EMAIL_SUBJECT',            'Uw vriend(in) %s raad dit artikel aan %s');
define('TEXT_EMAIL_INTRO',              'Hallo %s!' . "\n\n" . 'Uw vriend(in), %s, denkt dat u wel ge&iuml;nteresseerd zou zijn in %s van %s.');
define('TEXT_EMAIL_LINK',               'Om het artikel te zien klikt u op de onderstaande link of kopieert en plakt u de link in uw web browser:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE',          'Groet,' . "\n\n" . '%s');

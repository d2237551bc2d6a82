<?php
/*
  $Id: coupon_admin.php,v 1.2 2003/09/24 13:57:08 wilt Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com
  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_TO_REDEEM', 'Μπορείτε να εξαργυρώσετε αυτό το κουπόνι κατά το checkout. Απλώς πληκτρολογήστε τον κωδικό στο πλαίσιο που παρέχεται και κάντε κλικ στο κουμπί εξαργύρωσης.');
define('TEXT_IN_CASE', ' σε περίπτωση που έχετε καποιο θέμα. ');
define('TEXT_VOUCHER_IS', 'Ο κωδικός κουπονιού είναι ');
define('TEXT_REMEMBER', 'Μην χάσετε τον κωδικό κουπονιού, βεβαιωθείτε ότι έχετε κρατήσει τον κωδικό ασφαλές ώστε να μπορείτε να επωφεληθείτε από αυτή την ειδική προσφορά.');
define('TEXT_VISIT', 'και όταν μας επισκέπτεστε ' . HTTP_SERVER . DIR_WS_CATALOG);
define('TEXT_ENTER_CODE', ' να εισάγετε τον κωδικό ');

<?php
/*
  $Id$

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License
*/

define('TEXT_EMAIL_SUBJECT', 'Arkadaşınız %s ilgileneceğinizi düşünerek size %s den önemli bir ürün önermiştir.');
define('TEXT_EMAIL_INTRO', 'Merhaba %s!' . "\n\n" . 'Arkadaşınız, %s, ilgileneceğinizi düşünerek size %s ürününü önermiştir. %s web sayfalarından ürün hakkında ayrıntılı bilgi alabilirsiniz.');
define('TEXT_EMAIL_LINK', 'Ürünü görmek için link\'e tıklayınız yada link\'i kopyala-yapıştır yaparak web tarayıcınızın adres satırına yapıştırınız:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'Saygılar,' . "\n\n" . '%s');
?>

<?php
/*
  $Id: orders.php,v 1.24 05/11/2007 22:10

  osicommerce bir osCommerce Açık Kaynak E-Ticaret Çözümüdür
  http://www.osicommerce.com

  Copyright (c) 2008 osicommerce

  GNU Genel Kamu Lisansı (GPL) altında sunulmuştur
*/

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('EMAIL_TEXT_SUBJECT', 'Sipariş Güncelle');
define('EMAIL_TEXT_ORDER_NUMBER', 'Sipariş Numarası:');
define('EMAIL_TEXT_INVOICE_URL', 'Detaylı Fatura:');
define('EMAIL_TEXT_DATE_ORDERED', 'Sipariş Tarihi:');
define('EMAIL_TEXT_STATUS_UPDATE', 'Sipariş durumunuz belirtilen duruma güncellendi.' . "\n\n" . 'Yeni durum: %s' . "\n\n" . 'Lütfen herhangi bir sorunuz olursa bu postayı cevaplayınız.' . "\n");
define('EMAIL_TEXT_COMMENTS_UPDATE', 'Siparişiniz hakkındaki görüşler' . "\n\n%s\n\n");
?>

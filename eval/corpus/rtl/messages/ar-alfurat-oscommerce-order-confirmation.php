<?php
/*
  $Id: checkout_process.php for Arabic 2012-02-20 00:52:16Z hpdl $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2012 osCommerce

  Released under the GNU General Public License
*/

define('EMAIL_TEXT_SUBJECT', 'طلبيه');
define('EMAIL_TEXT_ORDER_NUMBER', 'طلبيه رقم:');
define('EMAIL_TEXT_INVOICE_URL', 'تفاصيل الفاتوره:');
define('EMAIL_TEXT_DATE_ORDERED', 'تاريخ الطلب:');
define('EMAIL_TEXT_PRODUCTS', 'الأصناف');
define('EMAIL_TEXT_SUBTOTAL', 'المجموع الفرعي:');
define('EMAIL_TEXT_TAX', 'ضرائب:        ');
define('EMAIL_TEXT_SHIPPING', 'الشحن: ');
define('EMAIL_TEXT_TOTAL', 'المجموع:    ');
define('EMAIL_TEXT_DELIVERY_ADDRESS', 'عنوان الإستلام');
define('EMAIL_TEXT_PAYMENT_METHOD', 'طريقة الدفع');
define('EMAIL_TEXT_BILLING_ADDRESS', 'عنوان المحاسبة/الفاتورة');

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('TEXT_EMAIL_VIA', 'عن طريق');
?>

<?php
/*
  $Id: checkout_process.php,v 1.1.1.1 2003/09/18 19:04:30 wilt Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('EMAIL_TEXT_SUBJECT', 'Ваш заказ');
define('EMAIL_TEXT_ORDER_NUMBER', 'Номер заказа:');
define('EMAIL_TEXT_INVOICE_URL', 'Информация о заказе:');
define('EMAIL_TEXT_DATE_ORDERED', 'Дата заказа:');
define('EMAIL_TEXT_PRODUCTS', 'Вы заказали:');
define('EMAIL_TEXT_SUBTOTAL', 'Стоимость:');
define('EMAIL_TEXT_TAX', 'Налоги:        ');
define('EMAIL_TEXT_SHIPPING', 'Способ доставки: ');
define('EMAIL_TEXT_TOTAL', 'Всего:    ');
define('EMAIL_TEXT_DELIVERY_ADDRESS', 'Адрес доставки');
define('EMAIL_TEXT_BILLING_ADDRESS', 'Адрес покупателя');
define('EMAIL_TEXT_PAYMENT_METHOD', 'Способ оплаты');

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('TEXT_EMAIL_VIA', 'через');

define('EMAIL_TEXT_CUSTOMER_NAME', 'Покупатель:');
define('EMAIL_TEXT_CUSTOMER_EMAIL_ADDRESS', 'Email:');
define('EMAIL_TEXT_CUSTOMER_TELEPHONE', 'Телефон:');

define('EMAIL_TEXT_SMS_ORDER', 'Ваш заказ №');
define('EMAIL_TEXT_SMS_DONE', ' принят! Ожидайте звонка. Хорошего дня! ');
define('EMAIL_TEXT_SMS_ADMIN', 'Привет! У Вас новый заказ #');



?>
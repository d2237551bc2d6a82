<?php
/* ----------------------------------------------------------------------
   $Id: checkout_process.php,v 1.3 2007/06/12 17:03:32 r23 Exp $

   OOS [OSIS Online Shop]
   http://www.oos-shop.de/

   Copyright (c) 2003 - 2007 by the OOS Development Team.
   ----------------------------------------------------------------------
   Based on:

   File: checkout_process.php,v 1.26 2002/11/01 04:22:05 hpdl
   ----------------------------------------------------------------------
   osCommerce, Open Source E-Commerce Solutions
   http://www.oscommerce.com

   Copyright (c) 2003 osCommerce
   ----------------------------------------------------------------------
   Released under the GNU General Public License
   ---------------------------------------------------------------------- */

$aLang['email_text_subject'] = 'Оформление Заказа';
$aLang['email_text_order_number'] = 'Номер Заказа:';
$aLang['email_text_invoice_url'] = 'Подробный Счёт:';
$aLang['email_text_date_ordered'] = 'Дата Заказа:';
$aLang['email_text_campaigns'] = 'How you came to us?';
$aLang['email_text_products'] = 'Товары';
$aLang['email_text_subtotal'] = 'Под-Итог:';
$aLang['email_text_tax'] = 'Налог:      ';
$aLang['email_text_shipping'] = 'Доставка: ';
$aLang['email_text_total'] = 'Всего:    ';
$aLang['email_text_delivery_address'] = 'Адрес Доставки';
$aLang['email_text_billing_address'] = 'Адрес Плательщика';
$aLang['email_text_payment_method'] = 'Способ Оплаты';

$aLang['email_separator'] = '------------------------------------------------------';
$aLang['text_email_via'] = 'через';
?>

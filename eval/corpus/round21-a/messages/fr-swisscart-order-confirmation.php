<?php
/*
  $Id: checkout_process.php,v 1.26 2002/11/01 04:22:05 hpdl Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('EMAIL_TEXT_SUBJECT', 'Enregistrement de commande');
define('EMAIL_TEXT_ORDER_NUMBER', 'Commande Num&eacute;ro&nbsp;:');
define('EMAIL_TEXT_INVOICE_URL', 'Facture d&eacute;taill&eacute;e&nbsp;:');
define('EMAIL_TEXT_DATE_ORDERED', 'Date de commande&nbsp;:');
define('EMAIL_TEXT_PRODUCTS', 'Produits');
define('EMAIL_TEXT_SUBTOTAL', 'Sous-Total&nbsp;:');
define('EMAIL_TEXT_TAX', 'Taxe&nbsp;:        ');
define('EMAIL_TEXT_SHIPPING', 'Livraison&nbsp;: ');
define('EMAIL_TEXT_TOTAL', 'Total&nbsp;:    ');
define('EMAIL_TEXT_DELIVERY_ADDRESS', 'Adresse de livraison');
define('EMAIL_TEXT_BILLING_ADDRESS', 'Adresse de facturation');
define('EMAIL_TEXT_PAYMENT_METHOD', 'Moyen de paiement');


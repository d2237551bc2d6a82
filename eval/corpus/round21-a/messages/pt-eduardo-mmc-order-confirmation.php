<?php

/***************************************************************************/
/*                                                                         */
/*  osCommerce, Open Source E-Commerce Solutions                           */
/*  http://www.oscommerce.com                                              */
/*  Released under the GNU General Public License                          */
/*                                                                         */
/*  Translation Brazilian by:                                              */
/*  Tradução Para o Português Brasil por:                                  */
/*  Reginaldo Gomes (Envoy) envoy@phpmania.org | http://phpmania.org       */
/*  osCommerce 2.2 Milestone 2 Português-Brasil Versão PHPmania.org        */
/*                                                                         */
/***************************************************************************/

define('EMAIL_TEXT_SUBJECT', ':: PROCESSAR PEDIDO ::');
define('EMAIL_TEXT_SUBJECT_CLIENT', ':: CONFIRMAÇÃO DE PEDIDO ::');
define('EMAIL_TEXT_ORDER_NUMBER', 'Número do pedido:');
define('EMAIL_TEXT_INVOICE_URL', 'Detalhes da fatura:');
define('EMAIL_TEXT_DATE_ORDERED', 'Data pedida:');
define('EMAIL_TEXT_PRODUCTS', 'Produtos');
define('EMAIL_TEXT_SUBTOTAL', 'Sub-Total: ');
define('EMAIL_TEXT_TAX', 'Taxa:        ');
define('EMAIL_TEXT_SHIPPING', 'Envio: ');
define('EMAIL_TEXT_TOTAL', 'Total:    ');
define('EMAIL_TEXT_DELIVERY_ADDRESS', 'Endereço de Entrega');
define('EMAIL_TEXT_BILLING_ADDRESS', 'Endereço de Cobrança');
define('EMAIL_TEXT_INFOR_CUSTOMERS', 'Informações do Cliente');
define('EMAIL_TEXT_PAYMENT_METHOD', 'Forma de pagamento');

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('TEXT_EMAIL_VIA', 'via');
?>

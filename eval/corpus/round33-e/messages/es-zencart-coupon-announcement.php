<?php //https://github.com/torvista/Zen_Cart-Spanish_Language_Pack
/**
 * @copyright Copyright 2003-2024 Zen Cart Development Team
 * @copyright Portions Copyright 2003 osCommerce
 * @license http://www.zen-cart.com/license/2_0.txt GNU Public License V2.0
 * @version $Id: DrByte 2024 May 27 Modified in v2.1.0-alpha1 $
*/

$define = [
    'TEXT_COUPON_ANNOUNCE' => 'Nos satisface ofrecerle un cupón de nuestra tienda.',
    'TEXT_TO_REDEEM' => 'Puede canjear este cupón durante el pago. Sólo introduzca el código en el casillero asignado y pulse sobre el botón de canjear.',
    'TEXT_VOUCHER_IS' => 'El código del cupón es ',
    'TEXT_REMEMBER' => 'No pierda el código del cupón, asegúrese de guardar bien el código para beneficiarse de esta oferta especial.',
    'TEXT_VISIT' => 'Visite nosotros en %s',
    'HTML_COUPON_HELP_DATE' => '<p>El cupón es válido entre %1$s y %2$s.</p>',
    'TEXT_COUPON_IS_VALID_FOR_SALES_EMAIL' => 'Cupón es válido para Productos en Rebajas',
    'TEXT_NO_COUPON_IS_VALID_FOR_SALES_EMAIL' => 'Cupón no es válido para Productos en Rebajas',
];

return $define;

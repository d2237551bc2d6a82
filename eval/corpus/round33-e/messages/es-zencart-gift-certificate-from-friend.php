<?php //https://github.com/torvista/Zen_Cart-Spanish_Language_Pack
$define = [
    'EMAIL_GV_TEXT_SUBJECT' => 'Un regalo de %s',
    'EMAIL_SEPARATOR' => '----------------------------------------------------------------------------------------',
    'EMAIL_GV_TEXT_HEADER' => 'Enhorabuena, ha recibido un ' . TEXT_GV_NAME . ' que vale %s',
    'EMAIL_GV_FROM' => 'Este ' . TEXT_GV_NAME . ' le fue enviado por %s',
    'EMAIL_GV_MESSAGE' => 'con un mensaje que dice ',
    'EMAIL_GV_SEND_TO' => 'Hola, %s',
    'EMAIL_GV_REDEEM' => 'Para canjear este ' . TEXT_GV_NAME . ' haga click en el enlace de aquí abajo. Por favor, escriba también el ' . TEXT_GV_REDEEM . ': que es %s por si tiene algún problema.',
    'EMAIL_GV_LINK' => 'Para canjearlo, por favor, pulse aquí',
    'EMAIL_GV_FIXED_FOOTER' => 'Si tiene problemas al canjear el código ' . TEXT_GV_NAME . ' usando el enlace de aquí arriba, ' . "\n" .
                                'puede ingresar también el ' . TEXT_GV_REDEEM . ' del ' . TEXT_GV_NAME . ' durante el proceso de pago en nuestra tienda.',
    'EMAIL_GV_SHOP_FOOTER' => '',
];

return $define;

<?php
$define = [
    'EMAIL_GV_TEXT_SUBJECT' => 'Un regalo da %s',  
    'EMAIL_SEPARATOR' => '------------------------------------------------------------------------------------------------',  
    'EMAIL_GV_TEXT_HEADER' => 'Congratulazioni, hai ricevuto un ' . TEXT_GV_NAME . ' del valore di %s',  
    'EMAIL_GV_FROM' => 'Questo ' . TEXT_GV_NAME . ' è stato inviato a te da %s',  
    'EMAIL_GV_MESSAGE' => 'con un messaggio che dice: ',  
    'EMAIL_GV_SEND_TO' => 'Ciao, %s',

    'EMAIL_GV_REDEEM' => 'Per riscattare questo ' . TEXT_GV_NAME . ', clicca sul link sottostante. Ti consigliamo inoltre di annotare il ' . TEXT_GV_REDEEM . ': %s per ogni eventuale problema.',  
    'EMAIL_GV_LINK' => 'Per riscattare clicca qui',  
    'EMAIL_GV_FIXED_FOOTER' => 'Se hai problemi nel riscattare il ' . TEXT_GV_NAME . ' utilizzando il link automatizzato sopra, ' . "\n" .  
        'puoi anche inserire il ' . TEXT_GV_NAME . ' ' . TEXT_GV_REDEEM . ' durante il processo di pagamento in nostro negozio.',  
    'EMAIL_GV_SHOP_FOOTER' => '',
];

return $define;

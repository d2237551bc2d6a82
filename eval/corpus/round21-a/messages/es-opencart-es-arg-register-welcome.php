<?php
// Text
$_['text_subject']        = '%s - Gracias por registrarse.';
$_['text_welcome']        = 'Gracias por registrarse en %s.';
$_['text_login']          = 'Su cuenta fue registrada en nuestra tienda, ahora puede ingresar utilizando su e-mail y contraseña visitando nuestra web o por medio del siguiente link:';
$_['text_approval']       = 'Su cuenta primero debe ser aprobada para que usted pueda ingresar. Una vez que su cuenta sea aprobada podrá ingresar utilizando su e-mail y contraseña visitando nuestra web o por medio del siguiente link:';
$_['text_service']        = 'Al acceder a su cuenta, usted podrá ver el histórico de sus pedidos, imprimir facturas y modificar la información de su cuenta y mucho mas.';
$_['text_thanks']         = 'Muchas gracias,';

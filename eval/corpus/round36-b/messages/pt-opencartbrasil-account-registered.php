<?php
// Text
$_['text_subject']        = 'Confirmação de cadastro na loja %s.';
$_['text_welcome']        = 'Obrigado por se cadastrar na loja %s.';
$_['text_login']          = 'Sua conta foi cadastrada em nossa loja, agora você pode acessá-la utilizando seu e-mail e senha através da nossa loja:';
$_['text_approval']       = 'Sua conta precisa ser aprovada para que você possa acessar os dados de sua conta. Assim que sua conta for aprovada você poderá acessar sua conta utilizando seu e-mail e sua senha através de nossa loja:';
$_['text_service']        = 'Ao acessar sua conta, você poderá visualizar o histórico de seus pedidos, imprimir faturas, fazer downloads que tenha comprado, modificar as informações de sua conta e muito mais.';
$_['text_thanks']         = 'Atenciosamente,';

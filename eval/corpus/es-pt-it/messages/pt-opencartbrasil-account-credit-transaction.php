<?php
// Text
$_['text_subject']  = '%s - Registro de transação';
$_['text_received'] = 'Foi registrado em sua conta uma transação no valor de: %s';
$_['text_total']    = 'Você possui atualmente um saldo de: %s';
$_['text_credit']   = 'Você pode utilizar o saldo positivo em sua conta para realizar compras em nossa loja.';
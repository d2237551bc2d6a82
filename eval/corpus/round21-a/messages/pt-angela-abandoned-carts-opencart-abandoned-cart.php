<?php
// Email Body
$_['subject_prefix']         = "Ordem incompleta com";
$_['failed_cart_greeting']   = 'Olá, %s';
$_['failed_cart_intro']      = 'Percebemos que você estava efetuando um pedido em nossa loja recentemente e não concluiu a sua compra; nós só queríamos ter certeza de que você não teve problemas ao finalizar a seu pedido';
$_['failed_cart_contents']   = 'Aqui está a lista que ficou no seu carrinho de compras:';
$_['failed_cart_body']       = 'Se o seu pedido foi intencional, nós adoraríamos ouvir o seu feedback, sugestões ou reclamações que você possa oferecer para que possamos melhorar nossa loja e a experiência de nossos cliente!';
$_['failed_cart_footer']     = 'Você recebeu esta mensagem porque você (ou alguém usando seu endereço de e-mail) efetuou pedido mas não finalizou. Você não foi adicionado a nenhum boletim informativo e não receberá mais nossas comunicações como resultado de sua tentativa de compra (a menos que você tenha se inscrito explicitamente para nossa newsletter e/ou notificações de produtos).';
$_['failed_cart_signoff']    = 'De qualquer forma agradecemos pelo interesse em nossos produtos';
$_['failed_cart_signature']  = 'Atenciosamente,';

<?php
// Text
$_['text_subject']      = '%s - Actualización del Pedido nº %s';
$_['text_order_id']     = 'Pedido nº:';
$_['text_date_added']   = 'Actualizado en:';
$_['text_order_status'] = 'Su pedido fue actualizado al siguiente estado:';
$_['text_comment']      = 'Los comentarios para su pedido son:';
$_['text_link']         = 'Para ver el pedido, click es el siguiente link:';
$_['text_footer']       = 'En caso de alguna duda, responda este e-mail.';
<?php
// Text
$_['text_subject']  = '%s - Programa de pontos';
$_['text_received'] = 'Foi registrado em sua conta %s pontos.';
$_['text_total']    = 'Agora você possui um saldo de: %s pontos';
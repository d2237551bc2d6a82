<?php
// Text
$_['text_subject']  = '%s - Credito affiliato';
$_['text_received'] = 'Hai ricevuto %s di credito!';
$_['text_total']    = 'Il tuo credito totale è ora %s.';
$_['text_credit']   = 'Il credito del tuo account può essere scalato dal prossimo acquisto.';

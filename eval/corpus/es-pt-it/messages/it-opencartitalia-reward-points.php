<?php
// Text
$_['text_subject']  = '%s - Punti premio';
$_['text_received'] = 'Hai ricevuto %s punti premio!';
$_['text_total']    = 'Il tuo totale punti premio è ora %s.';

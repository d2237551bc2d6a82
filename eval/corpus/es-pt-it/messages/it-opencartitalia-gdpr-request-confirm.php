<?php
// Text
$_['text_subject']  = '%s - Richiesta GDPR di esportazione/cancellazione!';
$_['text_export']   = 'Richiesta di esportazione dei dati';
$_['text_remove']   = 'Richiesta di cancellazione dell\'account';
$_['text_gdpr']     = 'Abbiamo ricevuto una richiesta GDPR da questo indirizzo email. Per confermare, fai clic sul link qui sotto:';
$_['text_ip']       = 'L\'indirizzo IP usato per questa richiesta è:';
$_['text_contact']  = 'Se non hai effettuato tu questa richiesta, contatta il titolare del negozio qui:';
$_['text_thanks']   = 'Grazie,';
$_['text_ignore']   = 'Se non hai effettuato tu questa richiesta, ignora questa email.';

// Buttons
$_['button_export'] = 'Confermo l\'esportazione dei miei dati';
$_['button_remove'] = 'Confermo la cancellazione del mio account';

<?php
// Text
$_['text_subject']          = '%s - Bestelling %s';
$_['text_greeting']         = 'Bedankt voor je bestelling! Wanneer de betaling is voltooid zal je bestelling worden afgehandeld.';
$_['text_link']             = 'Om je bestelling te bekijken, klik op de link hieronder:';
$_['text_order_detail']     = 'Bestelinformatie';
$_['text_instruction']      = 'Instructies';
$_['text_order_id']         = 'Bestelling ID:';
$_['text_date_added']       = 'Datum toegevoegd:';
$_['text_order_status']     = 'Status bestelling:';
$_['text_payment_method']   = 'Betaalmethode:';
$_['text_shipping_method']  = 'Verzendmethode:';
$_['text_email']            = 'E-mail:';
$_['text_telephone']        = 'Telefoonnummer:';
$_['text_ip']               = 'IP adres:';
$_['text_payment_address']  = 'Betaaladres';
$_['text_shipping_address'] = 'Afleveradres';
$_['text_products']         = 'Producten';
$_['text_product']          = 'Product';
$_['text_model']            = 'Model';
$_['text_quantity']         = 'Aantal';
$_['text_price']            = 'Prijs';
$_['text_order_total']      = 'Totaal';
$_['text_total']            = 'Totaal';
$_['text_download']         = 'Wanneer je een digitaal product hebt gekocht en de betaling is bevestigd, kun je via de onderstaande link het product downloaden.';
$_['text_comment']          = 'Opmerkingen:';
$_['text_footer']           = 'Beantwoord deze e-mail als er nog vragen zijn.';

<?php
// Text
$_['text_subject']      = '%s - Ordine Aggiornato  %s';
$_['text_order_id']     = 'ID Ordine:';
$_['text_date_added']   = 'Data di Aggiunta:';
$_['text_order_status'] = 'Il tuo ordine è stato aggiornato con il seguente stato:';
$_['text_comment']      = 'Commenti del tuo ordine:';
$_['text_link']         = 'Per visualizzare il tuo ordine cliccare sul collegamentos sottostante:';
$_['text_footer']       = 'Rispondere a questa email per maggiori informazioni.';
/*
Translated with
Массовый автоматический перевод текстов, товаров, категорий, статей и тд с Google translate API
https://translator.codeguild.com.ua/
*/
$_['text_update_order'] = "Numero d&#39;ordine:";
$_['text_update_date_added'] = "Data dell&#39;ordine:";
$_['text_update_order_status'] = "Il tuo ordine è stato aggiornato al seguente stato:";
$_['text_update_comment'] = "I commenti sul tuo ordine sono:";
$_['text_update_link'] = "Per visualizzare il tuo ordine, clicca sul link sottostante:";
$_['text_update_footer'] = "Se hai altre domande, rispondi a questa email.";
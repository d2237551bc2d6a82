<?php
// Text
$_['text_update_subject'] = '%s - עדכון הזמנה %s';
$_['text_update_order'] = 'מספר הזמנה:';
$_['text_update_date_added'] = 'תאריך הזמנה:';
$_['text_update_order_status'] = 'ההזמנה שלך עודכנה למצב הבא:';
$_['text_update_comment'] = 'הערות הזמנה:';
$_['text_update_link'] = 'כדי לצפות בהזמנה לחץ על הקישור הבא:';
$_['text_update_footer'] = 'במידה ויש שאלות, ניתן להשיב למייל זה.';

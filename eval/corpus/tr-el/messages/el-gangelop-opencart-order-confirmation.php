<?php
// Text
$_['text_new_subject']          = '%s - Παραγγελία %s';
$_['text_new_greeting']         = 'Ευχαριστούμε που ενδιαφέρεστε για %s προϊόντα. Η παραγγελία σας έχει παραληφθεί και θα εκτελεστεί μόλις επιβεβαιωθεί η πληρωμή της.';
$_['text_new_received']         = 'Έχετε λάβει μία παραγγελία.';
$_['text_new_link']             = 'Για να δείτε την παραγγελία σας, πατήστε στον ακόλουθο σύνδεσμο:';
$_['text_new_order_detail']     = 'Πληροφορίες Παραγγελίας';
$_['text_new_instruction']      = 'Οδηγίες:';
$_['text_new_order_id']         = 'Κωδικός Παραγγελίας:';
$_['text_new_date_added']       = 'Ημερομηνία Καταχώρησης:';
$_['text_new_order_status']     = 'Κατάσταση Παραγγελίας:';
$_['text_new_payment_method']   = 'Τρόπος Πληρωμής:';
$_['text_new_shipping_method']  = 'Τρόπος Αποστολής:';
$_['text_new_email']  			= 'Email:';
$_['text_new_telephone']  		= 'Τηλέφωνο:';
$_['text_new_ip']  				= 'Διεύθυνση IP:';
$_['text_new_payment_address']  = 'Διεύθυνση Πληρωμής';
$_['text_new_shipping_address'] = 'Διεύθυνση Παράδοσης';
$_['text_new_products']         = 'Προϊόντα';
$_['text_new_product']          = 'Προϊόν';
$_['text_new_model']            = 'Μοντέλο';
$_['text_new_quantity']         = 'Ποσότητα';
$_['text_new_price']            = 'Τιμή';
$_['text_new_order_total']      = 'Σύνολο Παραγγελίας';	
$_['text_new_total']            = 'Σύνολο';	
$_['text_new_download']         = 'Μόλις η πληρωμή επαληθευτεί, μπορείτε να πατήσετε στον ακόλουθο σύνδεσμο για να λάβετε τα προϊόντα σας:';
$_['text_new_comment']          = 'Τα σχόλια για την παραγγελία σας:';
$_['text_new_footer']           = 'Παρακαλούμε, απαντήστε σε αυτό το email για οποιαδήποτε απορία έχετε.';
$_['text_new_powered']          = 'Powered By <a href="http://www.opencart.com">OpenCart</a>.';
$_['text_update_subject']       = '%s - Ενημέρωση Παραγγελίας %s';
$_['text_update_order']         = 'Κωδικός Παραγγελίας:';
$_['text_update_date_added']    = 'Ημερομηνία Παραγγελίας:';
$_['text_update_order_status']  = 'Η κατάσταση της παραγγελίας σας ανανεώθηκε ως εξής:';
$_['text_update_comment']       = 'Τα σχόλια για την παραγγελία σας:';
$_['text_update_link']          = 'Για εμφάνιση της παραγγελίας σας, πατήστε στον ακόλουθο σύνδεσμο:';
$_['text_update_footer']        = 'Παρακαλούμε, απαντήστε σε αυτό το email για οποιαδήποτε απορία έχετε.';
?>

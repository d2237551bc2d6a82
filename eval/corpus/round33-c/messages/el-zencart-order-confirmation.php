<?php
define('EMAIL_TEXT_SUBJECT', 'Επιβεβαίωση Παραγγελίας');
define('EMAIL_TEXT_HEADER', 'Επιβεβαίωση Παραγγελίας ');
define('EMAIL_TEXT_FROM',' Από ');
define('EMAIL_THANKS_FOR_SHOPPING','Ευχαριστούμε που μας προτιμήσατε!');
define('EMAIL_DETAILS_FOLLOW','Οι λεπτομέρειες της παραγγελίας σας είναι.');
define('EMAIL_TEXT_ORDER_NUMBER', 'Αριθμός παραγγελίας:');
define('EMAIL_TEXT_INVOICE_URL', 'Λεπτομ. παραγγελίας:');
define('EMAIL_TEXT_INVOICE_URL_CLICK', 'Κάντε κλικ εδώ για λεπτομέρειες της παραγγελίας');
define('EMAIL_TEXT_DATE_ORDERED', 'Ημ/νία παραγγελίας:');
define('EMAIL_TEXT_PRODUCTS', 'Προϊόντα');
define('EMAIL_TEXT_SUBTOTAL', 'Μερικό Σύνολο:');
define('EMAIL_TEXT_TAX', 'Φ.Π.Α.:');
define('EMAIL_TEXT_SHIPPING', 'Έξοδα Aποστολής: ');
define('EMAIL_TEXT_TOTAL', 'Σύνολο:');
define('EMAIL_TEXT_DELIVERY_ADDRESS', 'Διεύθυνση Αποστολής');
define('EMAIL_TEXT_BILLING_ADDRESS', 'Διεύθυνση Χρέωσης');
define('EMAIL_TEXT_PAYMENT_METHOD', 'Μέθοδος Πληρωμής');

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('TEXT_EMAIL_VIA', 'μέσω');
define('EMAIL_GREETING_MR', 'Αγαπητέ Κε.');
define('EMAIL_GREETING_MS', 'Αγαπητή Κα.');

// suggest not using # vs No as some spamm protection block emails with these subjects
define('EMAIL_ORDER_NUMBER_SUBJECT', ' Αριθ. Παραγγελίας ');

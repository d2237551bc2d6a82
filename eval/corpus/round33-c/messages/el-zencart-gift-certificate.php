<?php
define('EMAIL_GV_TEXT_SUBJECT', 'Ένα δώρο από %s');
define('EMAIL_SEPARATOR', '');
define('EMAIL_GV_TEXT_HEADER', 'Συγχαρητήρια, λάβατε μία ' . TEXT_GV_NAME . ' αξίας %s');
define('EMAIL_GV_FROM', 'Αυτή η ' . TEXT_GV_NAME . ' σας έχει σταλεί από %s');
define('EMAIL_GV_MESSAGE', '<br />μαζί με ένα μήνυμα που λέει:<br />');
define('EMAIL_GV_SEND_TO', 'Γεια, %s');
define('EMAIL_GV_REDEEM', 'Για να εξαργυρώσεις την ' . TEXT_GV_NAME . ', κάνε κλικ στον παρακάτω σύνδεσμο. Παρακαλούμε επίσης σημείωσε κάπου το ' . TEXT_GV_REDEEM . ': %s  για περίπτωση προβλήματος.');
define('EMAIL_GV_LINK', 'Για εξαργύρωση κάνε κλικ εδώ');
define('EMAIL_GV_VISIT', ' ή επισκέψου ');
define('EMAIL_GV_ENTER', ' και συμπλήρωσε τον ' . TEXT_GV_REDEEM . ' ');
define('EMAIL_GV_FIXED_FOOTER', 'Εάν έχεις πρόβλημα να εξαργυρώσεις την ' . TEXT_GV_NAME . ' χρησιμοποιώντας τον αυτοματοποιημένο σύνδεσμο παρακάτω, ' . "\n" .
                                'μπορείς επίσης να εισάγεις τον ' . TEXT_GV_NAME . ' ' . TEXT_GV_REDEEM . ' κατά την διάρκεια της διαδικασίας του ταμείου στο κατάστημα.');
define('EMAIL_GV_SHOP_FOOTER', 'Σας Ευχαριστούμε!'. "\n" .'
Με εκτίμηση' . "\n".'
Η ομάδα του ' . STORE_NAME . ' ');

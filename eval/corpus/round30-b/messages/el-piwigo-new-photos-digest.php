<?php
$lang[', click on'] = ", κάντε κλικ";
$lang['and'] = 'και';
$lang['between'] = 'ανάμεσα';
$lang['Go to'] = 'Βρείτε μια νεα τυχαία μικρογραφία λευκώματος';
$lang['Hello'] = 'Γεια';
$lang['If you encounter problems or have any question, please send a message to'] = 'Εάν αντιμετωπίσετε προβλήματα ή έχετε οποιαδήποτε ερώτηση, παρακαλούμε να στείλετε ένα μήνυμα στο';
$lang['New photos added'] = 'Νέες φωτογραφίες προστέθηκαν';
$lang['New photos were added'] = 'Νέες φωτογραφίες προστέθηκαν';
$lang['Notification'] = 'Ειδοποίηση';
$lang['on'] = 'στο';
$lang['See you soon,'] = 'Τα λέμε σύντομα,';
$lang['The webmaster has subscribed you to receiving notifications by mail.'] = 'Ο webmaster σας έκανε εγγραφή για την παραλαβή κοινοποιήσεων μέσω ηλεκρονικού ταχυδρομείου.';
$lang['To subscribe'] = 'Για να εγγραφείτε';
$lang['To unsubscribe'] = 'Για να διαγραφείτε';
$lang['You have subscribed to receiving notifications by mail.'] = 'Έχετε εγγραφεί για να λαμβάνετε ειδοποιήσεις με e-mail.';
$lang['[NBM] Problems or questions'] = '[NBM] Προβλήματα ή ερωτήσεις';

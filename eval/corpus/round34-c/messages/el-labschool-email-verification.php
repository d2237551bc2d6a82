<?php

/**
 * emails.php (Greek translation)
 *
 * Author: Kanatas Dimitrios (labschool.gr)
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

return [

    // Verify
    'verify' => [
        'subject' => 'Επιβεβαίωση Διεύθυνσης Email για την Εφαρμογή Αξιολόγηση Γνώσεων του LabSchool.gr',
        'greeting' => 'Γεια σας :name 👋',
        'intro' => 'Σας ευχαριστούμε που εγγραφήκατε στην εφαρμογή μας.',
        'instructions' => 'Παρακαλώ επιλέξτε το παρακάτω πλήκτρο για να επιβεβαιώσετε τη διεύθυνση email σας.',
        'action' => 'Επιβεβαίωση Email',
        'notice' => 'Αν δεν δημιουργήσατε εσείς τον λογαριασμό, αγνοήστε αυτό το μήνυμα.',
    ],

];

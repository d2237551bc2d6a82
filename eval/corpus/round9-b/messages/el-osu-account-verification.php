<?php

// Copyright (c) ppy Pty Ltd <contact@ppy.sh>. Licensed under the GNU Affero General Public License v3.0.
// See the LICENCE file in the repository root for full licence text.

return [
    'common' => [
        'closing' => 'Χαιρετισμούς,',
        'hello' => 'Γεια σου :user,',
        'report' => 'Παρακαλούμε να απαντήσεις ΑΜΕΣΑ σε αυτό το email άμα δεν ζήτησες εσύ για αυτήν την αλλαγή.',
        'ignore' => 'Αν δεν το ζήτησες εσύ αυτό, μπορείς να αγνοήσεις με ασφάλεια αυτό το email.',
    ],
    'user_verification' => [
        'code' => 'Ο κωδικός επαλήθευσης σας είναι:',
        'code_hint' => 'Μπορείς να εισάγεις τον κωδικό με ή χωρίς κενά.',
        'link' => 'Εναλλακτικά, μπορείς επίσης να επισκεφθείς τον παρακάτω σύνδεσμο για την ολοκλήρωση της επαλήθευσης:',
        'report' => 'Εάν δεν το ζήτησες αυτό,',
        'subject' => 'osu! επαλήθευση λογαριασμού',

        'action_from' => [
            '_' => 'Μια ενέργεια που εκτελείται στο λογαριασμό σας από :country απαιτεί επαλήθευση.',
            'unknown_country' => 'άγνωστη χώρα',
        ],
    ],
];

<?php

return [
    'hi_message' => 'γεια ',
    'thanks_message' => 'Ευχαριστώ!',

    //one week later
    'one_week_later_subscription_subject' => 'Το δοκιμαστικό πακέτο σας είναι ανενεργό.',
    'one_week_later_subscription_line1' => ': ο δοκιμαστικός ιστότοπος sitename έληξε πριν από 1 εβδομάδα. Επισκεφθείτε τον ιστότοπό μας για κατάλληλες προσφορές.',
];

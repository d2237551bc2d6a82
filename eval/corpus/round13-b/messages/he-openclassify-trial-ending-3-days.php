<?php

return [
    'hi_message' => 'שלום ',
    'thanks_message' => 'תודה!',

    //last 3 days
    'last_3_days_subscription_subject' => '3 הימים האחרונים של חבילת הניסיון שלך!',
    'last_3_days_subscription_line1' => 'אתר הניסיון שלך: sitename עומד להסתיים.',
];

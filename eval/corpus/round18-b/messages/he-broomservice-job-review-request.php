<?php
return [
    'client_job_status' => [
        'job_completed' => 'העבודה אצלך הסתיימה.',
        'review' => 'סקירה',
    ],
    'client_new_job' => [
        'date'        => 'תאריך',
        'service'     => 'שירות',
        'start_time'  => 'שעת התחלה'
    ],
    'common' => [
        'salutation' => 'שלום, :name',
        'greetings' => 'זוהי הודעה מברום סרוויס',
        'dont_hesitate_to_get_in_touch' => 'אם יש לך שאלות, או לכל עניין אחר, תוכל לפנות אלינו במס הטלפון המצורף או ע"י השבה למייל זה.',
        'regards' => 'בברכה',
        'company' => 'ברום סרוויס',
        'tel' => 'טלפון',
    ],
    'client' => [
        'review-request' => [
            'subject' => 'דירוג השירות שקיבלת | ברום סרוויס',
            'message' => 'נשמח למענה על משוב קצר על השירות שקיבלת.',
        ],
    ],
];

<?php
/**
 * Text used for activity-based notifications.
 */
return [

    'new_comment_subject' => 'תגובה חדשה בדף: :pageName',
    'new_comment_intro' => 'משתמש רשם על עמוד ב :appName:',
    'new_page_subject' => 'עמוד חדש: PageName',
    'new_page_intro' => 'עמוד חדש נפתח ב:appName:',
    'updated_page_subject' => 'עמוד עודכן :pageName',
    'updated_page_intro' => 'דף עודכן ב:appName:',
    'updated_page_debounce' => 'על מנת לעצור הצפת התראות, לזמן מסוים אתה לא תקבל התראות על שינויים עתידיים בדף זה על ידי אותו עורך.',

    'detail_page_name' => 'שם עמוד:',
    'detail_page_path' => 'נתיב לעמוד:',
    'detail_commenter' => 'יוצר התגובה:',
    'detail_comment' => 'תגובה:',
    'detail_created_by' => 'נוצר על ידי:',
    'detail_updated_by' => 'עודכן על ידי:',

    'action_view_comment' => 'צפה בתגובה',
    'action_view_page' => 'הצג דף',

    'footer_reason' => 'ההתראה נשלחה אליך בגלל :link לכסות סוג זה של פעילות עבור פריט זה.',
    'footer_reason_link' => 'העדפות ההתראות שלך',
];

<?php
$lang['See you soon,'] = 'נתראה בקרוב,';
$lang['Go to'] = 'עבור אל';
$lang['Hello'] = 'שלום';
$lang['New photos were added'] = 'תמונות חדשות התווספו';
$lang['on'] = 'על';
$lang['between'] = 'בין';
$lang['and'] = 'ו';
$lang['The webmaster has subscribed you to receiving notifications by mail.'] = 'מנהל האתר רשם אותך לקבלת הודעות בדואר.';
$lang['You have subscribed to receiving notifications by mail.'] = 'נרשמת לקבלת התראות בדואר.';
$lang['To subscribe'] = 'להירשם';
$lang['If you encounter problems or have any question, please send a message to'] = 'אם אתה נתקל בבעיות או יש לך שאלה, אנא שלח הודעה אל';
$lang['[NBM] Problems or questions'] = '[NBM] בעיות או שאלות';
$lang[', click on'] = ', לחץ על';
$lang['To unsubscribe'] = 'לבטל הרשמה';
$lang['Notification'] = 'עדכון';
$lang['New photos added'] = 'תמונות חדשות התווספו';

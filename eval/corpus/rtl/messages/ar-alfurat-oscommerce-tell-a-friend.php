<?php
/*
  $Id: tell_a_friend.php for Arabic 2012-02-20 00:52:16Z hpdl $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2012 osCommerce

  Released under the GNU General Public License
*/

define('NAVBAR_TITLE', 'أخبر صديقك');
define('HEADING_TITLE', 'أخبر صديقك عن \'%s\'');

define('FORM_TITLE_CUSTOMER_DETAILS', 'تفاصيلك');
define('FORM_TITLE_FRIEND_DETAILS', 'تفاصيل صديقك');
define('FORM_TITLE_FRIEND_MESSAGE', 'رسالتك');

define('FORM_FIELD_CUSTOMER_NAME', 'إسمك:');
define('FORM_FIELD_CUSTOMER_EMAIL', 'بريدك الإلكتروني:');
define('FORM_FIELD_FRIEND_NAME', 'إسم صديقك:');
define('FORM_FIELD_FRIEND_EMAIL', 'بريد صديقك الإلكتروني:');

define('TEXT_EMAIL_SUCCESSFUL_SENT', 'رسالتك عن <b>%s</b> تم إرسالها بنجاح إلى <b>%s</b>.');

define('TEXT_EMAIL_SUBJECT', 'صديقك %s يوصيك عن هذا الصنف العظيم من %s');
define('TEXT_EMAIL_INTRO', 'مرحباً %s!' . "\n\n" . 'صديقك, %s, يرغب منك أن تستطلع عن %s من %s.');
define('TEXT_EMAIL_LINK', 'لكي تشاهد الصنف إضغط على الرابط التالي أو أنسخ الرابط وألصقه في مستعرض المتصفح لديك:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'المحترم,' . "\n\n" . '%s');

define('ERROR_TO_NAME', 'من فضلك أكتب عنوان صديقك');
define('ERROR_TO_ADDRESS', 'من فضلك أكتب عنوان بريد اليكتروني صحيح');
define('ERROR_FROM_NAME', 'من فضلك أكتب أسمك');
define('ERROR_FROM_ADDRESS', 'من فضلك أكتب عنوان بريدك الاليكتروني صحيح');
define('ERROR_ACTION_RECORDER', 'خطأ: تم بالفعل أرسلت رسالة بالبريد الالكتروني. يرجى المحاولة مرة أخرى في %s دقيقة.');

?>

$lang_ecard_php['ecard_title'] = ' صورة من %s إليك';
$lang_ecard_php['view_ecard'] = 'رابط بديل إذا لم يتم عرض الملف بشكل صحيح';
$lang_ecard_php['view_ecard_plaintext'] = 'لعرض هذا الصورة المرسل إليك, يرجى نسخ الرابط التالى و لصقه فى مكان العنوان لمتصفحك:';
$lang_ecard_php['view_more_pics'] = 'عرض المزيد من الصور';
$lang_ecard_php['ecards_footer'] = 'Sent by %s from IP %s at %s (Gallery time)';

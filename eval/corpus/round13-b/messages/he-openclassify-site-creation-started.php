<?php

return [
    'hi_message' => 'שלום ',
    'thanks_message' => 'תודה!',
    'detail_button' => 'צפה בפרטים',
    'create_site_subject' => 'יצירת האתר OpenClassify החלה',
    'create_site_line1' => 'קיבלנו את בקשתך ליצור את האתר: sitename.',
    'create_site_line2' => 'לאחר סיום ההתקנה, תקבל דוא"ל המכיל את פרטי האתר.',
    //    'create_site_line3' => 'For more information about System Usage, see \'How it works!\' page.',
    // create doc first
    'create_site_line3' => 'זה ייקח בערך 5 דקות. בזמן שאנחנו מכינים את אתר האינטרנט שלך בדוק את התכונות הנפלאות שלנו.',
    'create_site_button' => 'תכונות!',
];

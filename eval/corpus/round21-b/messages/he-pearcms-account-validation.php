<?php

/**
 *
 (C) Copyright 2011-2016 Pear Technology Investments, Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * @copyright	(C) 2011-2012 Pear Technology Investments, Ltd.
 * @license		http://www.apache.org/licenses/LICENSE-2.0	Apache License 2.0
 * @category		PearCMS
 * @package		PearCMS Hebrew Language Pack
 * @author		$Author: Yahav Gindi Bar $
 * @version		$Id: lang_email_content.php 41 2012-04-03 01:41:41 +0300 (Tue, 03 Apr 2012) yahavgb $
 * @link			http://pearcms.com
 */


return array(
	'email_header'		=>	'',
	'email_footer'		=>	'בברכה, צוות אתר <% SITE_NAME %>.<br /><% SITE_ADDRESS %>',
	
	'email_subject__validation' => 'הפעלת חשבונך באתר <% SITE_NAME %>',
	'email_content__validation' => "שלום %s.
	שלחנו לך אימייל זה כי זו כתובת הדואר האלקטרוני שצויינה במהלך ההרשמה לאתרינו.
	אם לא נרשמת לאתרינו, מחק את אימייל זה. אין צורך לבצע כל פעולה נוספת.
	
	<h3>הפעלת החשבון</h3>
	תודה שנרשמת!, בכדי לסיים את הליך ההרשמה, אנו דורשים &quot;לאמת&quot; את חשבונך בעזרת כתובת האימייל אותה בחרת - דבר זה מגן מפני ספאמרים ורובוטים.
	בכדי לאמת את חשבונך, היכנס לקישור הבא %s.
	
	<h3>הפעלה ידנית</h3>
	במידה ולא הצלחת לאמת את חשבונך דרך הקישור, אל דאגה, תוכל לאמת את החשבון שלך באופן ידני.
	
	היכנס לקישור הבא: %s.
	בקישור זה הנך נדרש להזין מספר משתמש וקוד הפעלה.
	
	מספר המשתמש שלך הוא: %d.
	קוד ההפעלה שלך הוא: %s.
	
	<h3>איני מצליח להפעיל את החשבון</h3>
	יכול להיות שהחשבון שלך נמחק, או שביקשת לשלוח אימייל הפעלה בשנית - דבר המשנה את סיסמאת ההפעלה שלך.
	אנא צור קשר על צוות האתר לקבלת מידע נוסף.
	
תודה רבה שנרשמת לאתרינו, מאחלים לך גלישה נעימה ומהנה.
<% SITE_NAME %>.",
);

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
	
	'email_subject__newsletter_subscribe' => 'הצטרפותך לרשימת תפוצה באתר <% SITE_NAME %>',
	'email_content__newsletter_subscribe' => "שלום משתמש נכבד,
	הודעה זו נשלחה לך בעקבות בקשתך להצטרף לרשימת התפוצה &quot;%s&quot; באתרינו.
	
	<h3>שים לב</h3>
	אנא שמור את מפתח ההפעלה האישי שלך במקום בטוח, מפתח זה ישמש אותך ברגע בו תרצה להסיר עצמך מרשימת התפוצה.
	
	<h3>הסרה מרשימת התפוצה</h3>
	במידה והנך מעוניין להסיר עצמך מרשימת התפוצה, היכנס לקישור הבא: %s.
	
	<h3>הסרה ידנית</h3>
	במידה ואינך מצליח להסיר עצמך מרשימת התפוצה דרך קישור זה, אל דאגה.
	
	היכנס לקישור הבא: %s.
	בקישור זה הנך נדרש לציין את כתובת המייל שלך ואת המפתח הסודי שלך.
	כתובת המייל איתה נרשמת: %s.
	מפתח ייחודי: %s.
	
	תודה רבה על ההתעניינות ברשימת התפוצה שלנו, המשך גלישה מהנה.
	<% SITE_NAME %>.
	",
);

<?php
/*
  $Id: tell_a_friend.php,v 1.1.1.1 2003/09/18 19:04:30 wilt Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License
*/

define('NAVBAR_TITLE', 'Сообщите другу');

define('HEADING_TITLE', 'Сообщите другу о \'%s\'');

define('FORM_TITLE_CUSTOMER_DETAILS', 'Подробнее о Вас');
define('FORM_TITLE_FRIEND_DETAILS', 'Ваши друзья (детали)');
define('FORM_TITLE_FRIEND_MESSAGE', 'Ваше сообщение');

define('FORM_FIELD_CUSTOMER_NAME', 'Ваше имя:');
define('FORM_FIELD_CUSTOMER_EMAIL', 'Ваш Email адрес:');
define('FORM_FIELD_FRIEND_NAME', 'Имя Вашего друга:');
define('FORM_FIELD_FRIEND_EMAIL', 'Email адрес Вашего друга:');

define('TEXT_EMAIL_SUCCESSFUL_SENT', 'Ваше письмо о <b>%s</b> успешно отправлено <b>%s</b>.');

define('TEXT_EMAIL_SUBJECT', 'Ваш друг %s рекомендует Вам...');
define('TEXT_EMAIL_INTRO', 'Привет %s!' . "\n\n" . 'Ваш друг, %s, рекомендует Вам посмотреть %s в магазине %s.');
define('TEXT_EMAIL_LINK', 'Чтобы посмотреть этот товар, щелкните, пожалуйста, на ссылку ниже или скопируйте и вставьте ссылку в Ваш браузер:' . "\n\n" . '%s');
define('TEXT_EMAIL_LINK_ARTICLE', 'Чтобы посмотреть эту статью, щелкните, пожалуйста, на ссылку ниже или скопируйте и вставьте ссылку в Ваш браузер:' . "\n\n" . '%s');
define('TEXT_EMAIL_SIGNATURE', 'С уважением,' . "\n\n" . '%s');

define('ERROR_TO_NAME', 'Ошибка: Вы забыли указать имя Вашего друга.');
define('ERROR_TO_ADDRESS', 'Ошибка: E-mail адрес Вашего друга неверный.');
define('ERROR_FROM_NAME', 'Ошибка: Укажите своё имя.');
define('ERROR_FROM_ADDRESS', 'Ошибка: Ваш e-mail адрес неверный.');

define('ENTRY_CAPTCHA', 'Укажите код на картинке:');

?>
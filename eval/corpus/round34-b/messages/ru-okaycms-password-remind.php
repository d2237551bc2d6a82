<?php

$lang = [];
$lang['email_footer_help'] = 'Если у вас есть какие-либо вопросы, позвоните нам';
$lang['email_password_subject'] = 'Новый пароль';
$lang['email_password_on_site'] = ', на сайте ';
$lang['email_password_was_reply'] = 'был сделан запрос на восстановление вашего пароля.';
$lang['email_password_change_pass'] = 'Вы можете изменить пароль, перейдя по следующей ссылке:';
$lang['email_password_text'] = 'Эта ссылка действует в течение нескольких минут. <br> Если это письмо пришло вам по ошибке, проигнорируйте его.';
$lang['password_remind_title'] = 'Восстановление пароля';
$lang['user_change_password'] = 'Изменить пароль';

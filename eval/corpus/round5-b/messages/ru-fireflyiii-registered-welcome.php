<?php

return [
    // common items
    'greeting'                                => 'Привет,',
    'closing'                                 => 'Бип-бип,',
    'signature'                               => 'Почтовый робот Firefly III',
    'footer_ps'                               => 'PS: Это сообщение было отправлено, потому что его запросили с IP :ipAddress.',

    // registered
    'registered_subject'                      => 'Добро пожаловать в Firefly III!',
    'registered_welcome'                      => 'Добро пожаловать в [Firefly III](:address). Подтверждаем вашу регистрацию этим e-mail. Ура!',
    'registered_pw'                           => 'Если вы забыли ваш пароль, пожалуйста, создайте его повторно используя [оснастку по сбросу пароля](:address/password/reset).',
    'registered_help'                         => 'В верхнем правом углу страницы есть иконка справки. Если вам нужна помощь, нажмите её!',
    'registered_closing'                      => 'Наслаждайтесь!',
    'registered_firefly_iii_link'             => 'Firefly III:',
    'registered_pw_reset_link'                => 'Сбросить пароль:',
    'registered_doc_link'                     => 'Документация:',

];

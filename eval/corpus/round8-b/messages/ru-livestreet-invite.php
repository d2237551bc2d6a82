<?php

/* -------------------------------------------------------
 *
 *   LiveStreet Engine Social Networking
 *   Copyright © 2008 Mzhelskiy Maxim
 *
 * --------------------------------------------------------
 *
 *   Official site: www.livestreet.ru
 *   Contact e-mail: rus.engine@gmail.com
 *
 *   GNU General Public License, version 2:
 *   http://www.gnu.org/licenses/old-licenses/gpl-2.0.html
 *
  ---------------------------------------------------------
 */

/**
 * Русский языковой файл.
 * Содержит все текстовки движка.
 */
return array(
    /**
     * Мэйлы
     */
    'emails'        => array(
        'common'                => array(
            'comment_text' => 'Текст комментария',
            'regards'      => 'С уважением, администрация сайта',
        ),
        // Приглашение на сайт
        'invite'                => array(
            'subject' => 'Приглашение на регистрацию',
            'text'    =>
                'Пользователь <a href="%%user_url%%">%%user_name%%</a>
				пригласил вас зарегистрироваться на сайте %%website_name%%
				<br><br>
				Для регистрации пройдите по ссылке:  <a href="%%ref_link%%">%%ref_link%%</a>.'
        ),
    ),
);
$_lang['ticket_comment_email_reply'] = 'Ответ на ваш комментарий к тикету "[[+pagetitle]]"';
$_lang['ticket_comment_email_reply_intro'] = 'Пользователь <b>[[+name]]</b> ответил на ваш комментарий к тикету "<a href="[[~[[+resource]]?scheme=`full`]]">[[+pagetitle]]</a>":';
$_lang['ticket_comment_email_reply_text'] = 'Текст комментария:';
$_lang['ticket_email_reply'] = 'Ответить';
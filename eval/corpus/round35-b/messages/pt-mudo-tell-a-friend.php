define('TEXT_EMAIL_SUBJECT', 'Seu amigo %s recomendou "%s"');
define('TEXT_EMAIL_INTRO', 'Olá %s!' . "<br/><br/>" . 'Seu amigo %s, achou que poderia estar interessado em %s da %s.');
define('TEXT_EMAIL_LINK', 'Para ver o produto use o seguinte link:' . "<br/>" . '%s');
define('TEXT_EMAIL_SIGNATURE', '<i><b>Atenciosamente,' . "<br/>" . '%s</b></i>');

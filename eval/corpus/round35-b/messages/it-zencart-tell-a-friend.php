define('EMAIL_TEXT_HEADER','Avviso Importante!');

define('EMAIL_TEXT_SUBJECT', 'Da %s ti arriva la segnalazione di questo articolo della %s');
define('EMAIL_TEXT_GREET', 'Salve %s!' . "\n\n");
define('EMAIL_TEXT_INTRO', '%s ha ritenuto di farti cosa gradita nel segnalarti il seguente prodotto %s della %s.');

define('EMAIL_TELL_A_FRIEND_MESSAGE','%s ha aggiunto il seguente messaggio:');

define('EMAIL_TEXT_LINK', 'Per vedere il prodotto clicca sul link sottostante oppure copia e incolla il link stesso nel tuo browser:' . "\n\n" . '%s');
define('EMAIL_TEXT_SIGNATURE', 'Con i migliori saluti,' . "\n\n" . '%s');

define('EMAIL_TEXT_LOGIN', 'Autentica col tuo account qui:');
define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('EMAIL_TEXT_SUBJECT', 'Richiesta da '.  STORE_NAME );
define('EMAIL_TEXT_SALUTATION', 'Caro ' );
define('EMAIL_TEXT_NEWCUST_INTRO', "\n\n" . 'Grazie per esserti fermato su ' . STORE_NAME .
                                   ' ed averci considerato per i tuoi acquisti. ');
define('EMAIL_TEXT_CURCUST_INTRO', "\n\n" . 'Ti vogliamo ringraziare per aver acquistato da ' .
                                   STORE_NAME . ' nel passato. ');
define('EMAIL_TEXT_BODY_HEADER',
  'Abbiamo notato che durante una visita al nostro negozio hai inserito ' .
  'i seguenti prodotti nel tuo carrello, ma non hai completato ' .
  'l\'acquisto.' . "\n\n" .
  'Contenuto Carrello:' . "\n\n"
  );

define('EMAIL_TEXT_BODY_FOOTER',
  'Siamo interessati, per migliorare la gestione e dare un servizio migliore ai nostri clienti, ' .
  'nel sapere quale sia stata la decisione che ti ha spinto ad abbandorare il carrello. ' .
  'Se sei così gentile da farci sapere i motivi ' .
  'lo aprezzeremo molto.  ' .
  'Come già scritto, stiamo cercando di capire quali possano essere i problemi per risolverli ' .
  'ed aiutare i nostri clienti ad avere un servizio migliore su '. STORE_NAME ."\n\n".
  'NOTA:'."\n".'Se pensi di aver completato l\'acquisto e che il pacco spedito sia in ritardo ' .
  ', questa e-mail allora ti indica che il tuo ordine NON è stao completato ' .
  'e non ti è stato addebitato niente! ' .
  'Se sei interessato puoi nuovamente visitare il negozio e completare il tuo ordine.'."\n\n".
  'Chiediamo le nostre scuse nell\'eventualità tu abbia già completato l\'ordine, ' .
  'in genere cerchiamo di evitare questi messaggi, ma a volte  ' .
  'è difficile per noi capire cosa succede esattamente in situazioni del genere.'."\n\n".
  'Nuovamente, ti ringraziamo per l\'aiuto e la disponibilità nella lettura di questa e-mail, e per gli eventuali consigli atti a migliorare ' .
  '' . STORE_NAME .  " website.\n\nCordiali saluti,\n\n"
  );

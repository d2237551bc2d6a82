$aLang['text_email_subject'] = '%s, heeft dit produkt gevonden, en wel hier: %s';
$aLang['text_email_intro'] = 'Hallo %s!' . "\n\n" . ' %s, heeft dit produkt %s bij %s gevonden.';
$aLang['text_email_link'] = 'Om het produkt te bekijken, klik op de link of kopieer hem en voer deze dan in op de adresbalk van de browser:' . "\n\n" . '%s';
$aLang['text_email_signature'] = 'Met vriendelijke groet,' . "\n\n" . '%s';

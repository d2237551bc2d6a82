<?php

return array (
  'mail' =>
  array (
    'order' =>
    array (
      'defaults' =>
      array (
        'subject' => 'Nuovo Ordine Aperto per %[supplier_name]',
        'body' => 'È stato aperto da %[gas_name] un nuovo ordine per il fornitore %[supplier_name].
				Per partecipare, accedi al seguente indirizzo:
				%[gas_booking_link]
				Le prenotazioni verranno chiuse %[closing_date]',
      ),
      'description' => 'Notifica per i nuovi ordini aperti (inviato agli utenti che hanno esplicitamente abilitato le notifiche per il fornitore).',
      'comment' => 'Testo di commento dell\'ordine',
      'link' => 'Link per le prenotazioni',
      'mails' => 'Indirizzi email dei referenti dell\'ordine',
    ),
  ),
);

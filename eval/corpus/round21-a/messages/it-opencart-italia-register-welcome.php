<?php
// Text
$_['text_subject']        = '%s - Grazie per esserti registrata/o.';
$_['text_welcome']        = 'Benvenuta/o e grazie per esserti registrata/o sul nostro sito %s!.';
$_['text_login']          = 'Il tuo account è ora stato creato e puoi accedere utilizzando il tuo indirizzo email e la password, visitando il nostro sito web o al seguente URL:';
$_['text_approval']       = 'Il tuo account deve essere approvato prima di poter accedere. Una volta approvato, puoi accedere utilizzando il tuo indirizzo E-Mail e la password visitando il nostro sito web o al seguente URL:';
$_['text_service']        = 'Siamo lieti di offrirti il nostro OMAGGIO DI BENVENUTO, uno sconto da utilizzare sul nostro sito per il tuo primo acquisto, valido su qualsiasi prodotto. 

Il codice sconto è il seguente: SCONTO10 

dovrai utilizzarlo prima di procedere al pagamento direttamente nella sezione carrello del nostro sito alla voce: CODICE PROMOZIONALE, digita il codice e clicca sul pulsante Applica. 

Nota: Il codice sconto di benvenuto non è valido su prodotti già in promozione.';

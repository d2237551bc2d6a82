          $text =<<<TEXT
Gentile $user_surname $user_name,
ti ricordiamo che da ora è possibile procedere con il rinnovo della tua
iscrizione ad Italian Linux Society per l'anno ${year}.


Per completare la procedura e' possibile versare la tua quota, pari a $fee euro

- via bonifico sul conto corrente Unicredit
IT 74 G 02008 12609 000100129899
intestato a
ILS ITALIAN LINUX SOCIETY
specificando nella causale nome e cognome

oppure

- sul conto PayPal ( http://www.paypal.com/ ) intestato a
direttore@linux.it


Segui le attivita' dell'associazione sul sito http://www.ils.org/ e sugli altri
canali di promozione!
http://www.ils.org/contatti

Per qualsiasi domanda contatta la Direzione ILS all'indirizzo mail
direttore@linux.it

Cordiali saluti,
        Il Direttivo ILS

TEXT;

          mail($d["email"],"rinnovo iscrizione ad Italian Linux Society",
            $text, "From: Direttore ILS <direttore@linux.it>\nCc: " . $d['nickname'] . "@linux.it");

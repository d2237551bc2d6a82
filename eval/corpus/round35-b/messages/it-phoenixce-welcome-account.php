<?php
/*
  $Id$

  CE Phoenix, E-Commerce made Easy
  https://phoenixcart.org

  Copyright (c) 2021 Phoenix Cart

  Released under the GNU General Public License
*/

const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT_TITLE = 'Crea un conto';
const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT_DESCRIPTION = 'Inviare una notifica al completamento della creazione del conto.';

const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_SUBJECT = 'Benvenuto in ' . STORE_NAME;
const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_WELCOME = 'Vi diamo il benvenuto in <strong>' . STORE_NAME . '</strong>.' . "\n\n";
const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT = 'Ora è possibile usufruire dei   <strong>vari servizi </strong> che abbiamo da offriti. Alcuni di questi servizi includono:' . "\n\n" . '<li><strong>Carrello permanente</strong> - Tutti i prodotti aggiunti al tuo carrello online rimangono lì fino a quando non li rimuovi, o li acquisti.' . "\n" . '<li><strong>Rubrica</strong> - Ora possiamo consegnare i vostri prodotti ad un altro indirizzo che non sia il vostro! Questo è perfetto per inviare regali di compleanno direttamente alla persona che compie gli anni.' . "\n" . '<li><strong>Cronologia Ordini</strong> - Visualizzate la vostra cronologia degli acquisti che avete effettuato con noi.' . "\n" . '<li><strong>Recensioni prodotti</strong> -  Condividi le tue opinioni sui prodotti con gli altri nostri clienti.' . "\n\n";
const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_CONTACT = 'Per ricevere aiuto con uno dei nostri servizi online, si prega di inviare un\'e-mail al proprietario del negozio: ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n";
const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_WARNING = '<strong>Note:</strong> Questo indirizzo e-mail ci è stato dato da uno dei nostri clienti. Se non ti sei iscritto per diventare membro, invia un\'e-mail a ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n";

<?php
define('UHE_TEXT_DEAR', 'Beste');        
define('UHE_MESSAGE_GREETING', 'De status van uw bestelling is aangepast.'); 
define('UHE_TEXT_STATUS','Nieuwe Status:');
define('UHE_TEXT_COMMENTS', 'Ons commentaar bij de bestelling:');
define('UHE_TEXT_ORDER_NUMBER', 'Bestelnummer:');
define('UHE_TEXT_DATE_ORDERED', 'Besteldatum:');
define('UHE_TEXT_INVOICE_URL', 'Besteloverzicht:');

define('LINK_ACCOUNT', 'Mijn Account');
define('LINK_ACCOUNT_ADRESS_BOOK', 'Mijn Adresboek');
define('LINK_ACCOUNT_EDIT', 'Mijn Gegevens');
define('LINK_ACCOUNT_ORDERS', 'Mijn Bestellingen');
define('LINK_ACCOUNT_NOTIFICATIONS', 'Mijn Notificaties');
define('LINK_CATEGORIES', 'Categori&euml;n');
define('LINK_CONDITIONS', 'Algemene Voorwaarden');
define('LINK_CONTACT_US', 'Neem Contact Op');
define('LINK_COPYRIGHT', 'Copyright &copy; ' . date('Y') . ' <a href="http://' . STORE_URL . '" title="Ga naar ' . STORE_NAME . '" target="_blank">' . STORE_NAME . '</a> :: Hosted by <a href="http://www.hilvy.nl" title="Webhosting and Design" target="_blank">HILVY</a>');
define('LINK_EMPTY', '');
define('LINK_GO_TO_STORE', 'Ga naar Webwinkel&nbsp;&nbsp;&nbsp;&nbsp;');
define('LINK_NEWSLETTER', '<u>Geen nieuwsbrief meer ontvangen? Log in op uw account.</u>');
define('LINK_NEW_PRODUCTS', 'Nieuw');
define('LINK_PRIVACY', 'Privacy Beleid');
define('LINK_REGISTER', 'Registreren');
define('LINK_REVIEWS', 'Recensies');
define('LINK_SPECIALS', 'Aanbiedingen');
define('LINK_SHIPPING', 'Verzendingen');
define('LINK_PAYMENT', 'Betalingen');
define('LINK_TESTIMONIALS', 'Testimonials');
define('LINK_WEBBROWSER', 'Problemen met de weergave van deze email?');
define('LINK_WEBBROWSER_CLICK', '<u>Klik Hier</u>');
?>

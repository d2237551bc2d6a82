<?php

return array(
    'Dear %first %last' => 'Bonjour %first %last',
    'Details about this order are available <a href="%account_url">in your customer account</a>.' => 'Les détails de cette commande sont disponibles <a href="%account_url">dans votre compte client</a>.',
    'Details about this order are available in your customer account:  %account_url.' => 'Les détails de cette commande sont disponibles dans votre compte client:  %account_url.',
    'Mondial Relay pickup location #%num' => 'Point relais Mondial Relay No. %num',
    'Pickup relay opening hours:' => 'Horaires d\'ouverture du relais',
    'See you soon at %store at the following address: %url' => 'A bientôt sur %store en suivant ce lien: %url',
    'See you soon at <a href="%url">%store</a>' => 'A bientôt sur <a href="%url">%store</a>',
    'The %store team.' => 'L\'équipe %store.',
    'Your %ref order has been shipped' => 'Votre commande %ref a été expédiée.',
    'Your order %order_ref has just been shipped from our store. The tracking number for this order is %tracking_ref. Please <a href="https://www.mondialrelay.fr/suivi-de-colis">click here</a> to track the delivery.' => 'Votre commande %order_ref a été expédiée. Le numéro de suivi Mondial Relay est <b>%tracking_ref</b>. Merci de <a href="https://www.mondialrelay.fr/suivi-de-colis">cliquer ici</a> pour accéder au suivi Mondial Relay.',
    'Your order %order_ref has just been shipped from our store. The tracking number for this order is %tracking_ref. Tracking data is available at this address: https://www.mondialrelay.fr/suivi-de-colis' => 'Votre commande %order_ref a été expédiée. Le numéro de suivi Mondial Relay est %tracking_ref. Le suivi Mondial Relay est disponible à cette adresse : https://www.mondialrelay.fr/suivi-de-colis',
);

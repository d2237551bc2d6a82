<?php

return array(
    'Best Regards.' => 'Cordialement.',
    'Dear' => 'Bonjour',
    'Feel free to contact us for any further information' => 'N\'hésitez pas à nous contacter pour tout autre question.',
    'It would be great to share your thoughts on products with other customers.' => 'Il serait formidable de partager vos avis sur les produits avec d\'autres clients.',
    'Thank you for your order on our online store %store_name' => 'Merci pour votre commande sur notre boutique en ligne %store_name',
    'You can post comments on this products: ' => 'Vous pouvez laisser un commentaire sur les produits suivants : ',
);

<?php

return array(
    'Best Regards.' => 'Cordialement.',
    'Feel free to contact us for any further information' => 'N\'hésitez pas à nous contacter pour toute question ou information.',
    'Hi' => 'Bonjour',
    'The product %title (%pse) is available again.' => 'Le produit %title (%pse) est à nouveau disponible.',
    'The product %title (%pse) is now available.' => 'Le produit %title (%pse) est à nouveau disponible.',
    'You can now <a href="%url">order this product here</a>.' => 'Vous pouvez maintenant <a href="%url">le commander en cliquant ici</a>.',
    'You can now order this product : %url' => 'Vous pouvez maintenant commander le produit : %url',
);

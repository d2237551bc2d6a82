<?php
return [
    "Credit note on your order %order_ref"
    => "Avoir sur votre commande %order_ref",
    "You have been granted a credit note of %credit_note_amount on your order %order_ref."
    => "Un avoir de %credit_note_amount vous a été accordé suite à votre commande %order_ref.",
    "Use the coupon code %coupon_code to use this credit note."
    => "Utilisez-le en entrant le code promo %coupon_code.",
];

<?php

return [
    // Tour reservations
    'reservation-successfully-formed' => 'Rezervasyon № :id başarıyla oluşturuldu!',
    'reservation-email-description' => 'Bu e-posta, Ali Tour\'daki gezi için rezervasyonunuzun ' .
        'bir onayıdır. Mektuba ayrıca geziyi ziyaret ederken ibraz edilmesi gereken bir bilet ' .
        'eklenmiştir. Herhangi bir sorunuz varsa, lütfen Ali Tur desteği ile iletişime geçin.',
    'contact-information' => 'İletişim bilgileri',
    'discount-by-promo-code' => 'Promosyon kodu ile indirim',
    'excursion-reservation-on-ali-tour' => 'Ali Tour\'da gezi rezervasyonu!'
];
<?php

return [
    // Tour reservations
    'reservation-successfully-formed' => 'Бронь № :id успешно сформирована!',
    'reservation-email-description' => 'Данное письмо является подтверждением вашей брони экскурсии на Ali Tour.
        Также к письму прикреплён билет, который необходимо предъявить при посещении
        экскурсии. Если у вас возникли какие-то вопросы, пожалуйста свяжитесь c поддержкой
        Ali Tour.',
    'contact-information' => 'Контактная информация',
    'discount-by-promo-code' => 'Скидка по промо коду',
    'excursion-reservation-on-ali-tour' => 'Бронирование экскурсии на Ali Tour!'
];
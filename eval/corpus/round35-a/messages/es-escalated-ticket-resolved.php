<?php

return [

    'resolved' => [
        'heading' => 'Ticket resuelto',
        'intro' => 'Su ticket de soporte ha sido resuelto.',
        'reference_label' => 'Referencia',
        'subject_label' => 'Asunto',
        'reopen_note' => 'Si necesita más ayuda, puede reabrir este ticket.',
        'button' => 'Ver ticket',
        'thanks' => 'Gracias',
    ],
];

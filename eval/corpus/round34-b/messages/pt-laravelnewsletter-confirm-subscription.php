<?php

return [
    'confirm_subject' => 'Confirme sua inscrição',
    'confirm_heading' => 'Confirme sua inscrição',
    'confirm_body' => 'Confirme que deseja receber nossos e-mails clicando no botão abaixo.',
    'confirm_button' => 'Confirmar Inscrição',
];

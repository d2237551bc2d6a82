<?php

declare(strict_types=1);

return [
    'appointments' => [
        'completed' => [
            'title' => 'Consulta Concluída',
            'greeting' => 'Olá, **:name**!',
            'body' => 'Sua consulta com **:consultant**, realizada em **:date**, foi concluída com sucesso.',
            'feedback' => 'Esperamos que a sessão tenha sido útil para você. Caso queira deixar um feedback sobre o atendimento, acesse o painel abaixo.',
            'button' => 'Avaliar consulta',
            'help' => 'Caso tenha alguma dúvida ou precise agendar uma nova consulta, estamos à disposição.',
            'thanks' => 'Obrigado',
        ],
    ],
];

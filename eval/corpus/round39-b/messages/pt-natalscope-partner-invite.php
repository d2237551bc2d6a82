<?php

return [
    // Partner invitation email
    'partner_invite_subject' => ':name convida você para verificar a compatibilidade — NatalScope',
    'partner_invite_default_name' => 'Seu parceiro(a)',
    'partner_invite_heading' => 'Convite para verificar compatibilidade',
    'partner_invite_greeting' => 'Olá, :name!',
    'partner_invite_text' => ':name gostaria de comparar seus mapas astrais para verificar a compatibilidade.',
    'partner_invite_description' => 'Seu mapa astral já foi calculado. Clique no botão abaixo para ver seu mapa e confirmar sua participação:',
    'partner_invite_button' => 'Ver Meu Mapa Astral',
    'partner_invite_after_confirm' => 'Após a confirmação, vocês dois terão acesso ao relatório completo:',
    'partner_invite_feature_1' => 'Seu mapa astral personalizado com interpretação',
    'partner_invite_feature_2' => 'Pontuação geral de compatibilidade',
    'partner_invite_feature_3' => '16 categorias de análise de relacionamento',
    'partner_invite_feature_4' => 'Pontos fortes e desafios potenciais',
    'partner_invite_feature_5' => 'Recomendações do astrólogo IA',
    'partner_invite_expiry' => 'Importante: Este link é válido por 7 dias.',
    'partner_invite_footer' => 'Com carinho, a equipe NatalScope',
    'partner_invite_ignore' => 'Se você não esperava este e-mail, simplesmente ignore-o.',

    // Common
    'link_fallback' => 'Se o botão não funcionar, copie este link:',
    'copyright' => 'Todos os direitos reservados.',
];

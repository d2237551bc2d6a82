<?php

return [
    // Partner invitation email
    'partner_invite_subject' => ':name приглашает вас проверить совместимость — NatalScope',
    'partner_invite_default_name' => 'Ваш партнёр',
    'partner_invite_heading' => 'Приглашение на проверку совместимости',
    'partner_invite_greeting' => 'Здравствуйте, :name!',
    'partner_invite_text' => ':name приглашает вас проверить вашу астрологическую совместимость.',
    'partner_invite_description' => 'По вашим данным уже рассчитана натальная карта. Нажмите на кнопку ниже, чтобы посмотреть свою карту и подтвердить участие:',
    'partner_invite_button' => 'Посмотреть мою натальную карту',
    'partner_invite_after_confirm' => 'После подтверждения вы оба получите доступ к полному отчёту:',
    'partner_invite_feature_1' => 'Ваша персональная натальная карта с расшифровкой',
    'partner_invite_feature_2' => 'Общий балл совместимости',
    'partner_invite_feature_3' => '16 категорий анализа отношений',
    'partner_invite_feature_4' => 'Сильные стороны и потенциальные вызовы',
    'partner_invite_feature_5' => 'Рекомендации от ИИ-астролога',
    'partner_invite_expiry' => 'Важно: Ссылка действительна 7 дней.',
    'partner_invite_footer' => 'С уважением, команда NatalScope',
    'partner_invite_ignore' => 'Если вы не ожидали это письмо, просто проигнорируйте его.',

    // Common
    'link_fallback' => 'Если кнопка не работает, скопируйте ссылку:',
    'copyright' => 'Все права защищены.',
];

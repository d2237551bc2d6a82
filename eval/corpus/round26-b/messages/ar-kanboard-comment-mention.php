    'view the task on Kanboard' => 'عرض المهمة على Kanboard',
    'view the board on Kanboard' => 'عرض اللوحة على Kanboard',
    'You were mentioned in a comment on the task #%d' => 'تمت الإشارة إليك في تعليق على المهمة #%d',

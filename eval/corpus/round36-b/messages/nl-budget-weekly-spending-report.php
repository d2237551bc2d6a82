    'weekly_report' => [
        'title' => 'Hier is je wekelijks raport voor',
        'this_week' => 'Deze week',
        'you_have' => 'heb je',
        'spent' => 'Uitgegeven',
        'most_spent' => 'Meest uitgegeven aan',
        'tired_of_reports' => 'Moe van deze rapporten?',
        'button' => 'Verander Voorkeuren'
    ],

<?php

return [
    'subject' => '{0} U heeft :unread_message_count ongelezen berichten|{1} U heeft :unread_message_count ongelezen bericht|[2,*] U heeft :unread_message_count ongelezen berichten',
    'salutation' => 'Beste :first_name :last_name,',
    'button' => 'Bekijk berichten',
    'button-does-not-work' => 'Werkt de bovenstaande knop niet ? Volg dan de volgende url:',
    'text' => 'Er staan :unread_message_count ongelezen bericht(en) voor u in het Hoomdossier:',
    'kind_regards' => 'Met vriendelijke groet, <br>:app_name support',
    'if-you-have-any-questions' => 'Als u hierover vragen hebt, kunt u contact opnemen met <br> :cooperation_link',
];

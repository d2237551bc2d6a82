<?php

declare(strict_types=1);

return [
    'order_new' => [
        'subject' => 'Nieuwe bestelling :',
        'body' => 'Beste :name,<br><br>
         Bedankt voor uw bestelling n° :reference. U kunt uw bestelgeschiedenis op elk moment bekijken door in te loggen
         op uw account op onze website – www.cetronicbenelux.com.<br><br>
         We doen ons best om het zo snel mogelijk klaar te maken en het naar u op te sturen. Houd er rekening mee dat
         we mogelijk niet al uw bestelde producten op voorraad hebben en dat dit de inhoud en de eindfactuur van deze
         bestelling kan wijzigen.<br><br>
         Aarzel niet om contact met ons op te nemen als u vragen heeft over uw bestelling.<br><br>
         Mvg,<br>
         Het Cetronic Team',
    ],
];

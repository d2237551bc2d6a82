<?php

return [
    'thanks' => 'Vielen Dank,',
    'thanks4buying-tickets' => 'Danke für Ihren Einkauf! Sie finden Ihre Tickets im Anhang dieser E-Mail oder online durch Drücken des folgenden Buttons.',
    'view-online' => 'Einkauf online anzeigen',
    'your-tickets' => 'Ihre Tickets',
];
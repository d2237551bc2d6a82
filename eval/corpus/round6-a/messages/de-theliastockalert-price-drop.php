<?php

return array(
    'Hello,' => 'Guten Tag,',
    'Kind regards' => 'Mit freundlichen Grüßen',
    'The %store% team.' => 'Das Team von %store%.',
    'The price of %product% has dropped' => 'Der Preis von %product% ist gesunken',
    'Good news: the price has dropped' => 'Gute Nachrichten: der Preis ist gesunken',
    'You asked us to tell you when the price of %product% goes down. It just did.' => 'Sie wollten wissen, wenn der Preis von %product% sinkt. Genau das ist jetzt passiert.',
    'Price when you subscribed:' => 'Preis bei Ihrer Anmeldung:',
    'Price today:' => 'Heutiger Preis:',
    'See the product' => 'Artikel ansehen',
    'This alert is sent once: subscribe again on the product page to follow the next drop.' => 'Diese Benachrichtigung wird nur einmal verschickt: melden Sie sich auf der Produktseite erneut an, um die nächste Preissenkung zu verfolgen.',
);

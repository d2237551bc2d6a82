<?php
return [
    'edit_button' => "Mitgliedschaft Aktualisieren",
    'subject' => [
        'first' => '[SUMA-EV & MetaGer] Zahlungserinnerung für Ihren Mitgliedsbeitrag',
        'second' => '[SUMA-EV & MetaGer] Ihre Mitgliedschaft endet am :date ohne Zahlung',
        'expired' => '[SUMA-EV & MetaGer] Ihre Mitgliedschaft ist abgelaufen',
    ],
    'description' => 'Ihr Mitgliedsbeitrag war am **:date** fällig. Bitte überweisen Sie den ausstehenden Betrag von **:amount** bis **:due** unter Angabe des Zahlungsgrundes (**:payment_reference**) auf unser Konto:',
    'description_expired' => 'Die Erfahrung hat uns gezeigt, dass der Austritt aus dem <a href="https://suma-ev.de">SUMA-EV</a> oft nicht mit einer Distanzierung von unseren Werten und Ideen zu tun hat, sondern meist finanzielle Gründe hat. Wir hoffen daher, dass Sie sich irgendwann vorstellen können, unserem Verband wieder beizutreten.',
    'description_rejoin' => 'In diesem Fall überweisen Sie einfach Ihren Mitgliedsbeitrag in Höhe von **:amount** unter Angabe des Verwendungszwecks (**:payment_reference**) auf unser Konto:',
    'edit' => 'Alternativ können Sie Ihre Mitgliedschaft aktualisieren und eine geeignete Zahlungsmethode für die Abbuchung durch uns autorisieren (Lastschrift, PayPal)',
    'mastodon' => 'Ihr Mastodon-Konto auf unserer [Instanz](https://suma-ev.social) wird eingefroren und kann nicht mehr verwendet werden. Bitte stellen Sie sicher, dass Sie rechtzeitig auf eine öffentliche Instanz umziehen. Wir werden alle mit Ihrem Konto verknüpften Daten 6 Monate nach dem Ende Ihrer Mitgliedschaft löschen.',
    'terminate' => 'Ohne Zahlungseingang müssen wir Ihre Mitgliedschaft im [SUMA-EV](https://suma-ev.de) leider mit Wirkung vom <b> :expiration</b> kündigen.',
    'expired' => 'Mit Bedauern bestätigen wir heute, dass Ihre Mitgliedschaft bei [SUMA-EV](https://suma-ev.de) beendet ist.',
    'key_charge' => 'Das automatische Aufladen Ihres Schlüssels für die Nutzung von MetaGer (**:key**) wurde vorerst deaktiviert.',
];

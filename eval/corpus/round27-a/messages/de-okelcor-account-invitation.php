<?php

/*
 * German (de) email strings.
 *
 * ⚠ DRAFT — assistant-translated. Have a native German speaker review before
 * production, especially anything customer-facing for a German GmbH. Any key
 * removed here falls back to the English value automatically.
 */
return [

    'invitation' => [
        'subject'          => 'Ihre Okelcor-Kontoeinladung',
        'greeting'         => 'Hallo :name,',
        'approved'         => 'Ihr Okelcor-B2B-Großhandelskonto wurde freigegeben. Sie sind nur noch einen Schritt von unserer Plattform entfernt.',
        'cta_intro'        => 'Klicken Sie auf die Schaltfläche unten, um Ihr Passwort festzulegen und Ihr Konto zu aktivieren:',
        'cta_button'       => 'Mein Konto aktivieren',
        'expiry'           => 'Dieser Einladungslink ist 48 Stunden gültig.',
        'expiry_note'      => 'Nach Ablauf kontaktieren Sie bitte unser Team, um einen neuen Link anzufordern.',
        'access_intro'     => 'Nach der Aktivierung haben Sie Zugriff auf:',
        'access_orders'    => 'Großhandelsbestellungen für Reifen aufgeben und verfolgen',
        'access_quotes'    => 'Angebotsanfragen stellen und verwalten',
        'access_docs'      => 'Rechnungen und Handelsdokumente einsehen',
        'access_addresses' => 'Ihre Lieferadressen verwalten',
        'questions'        => 'Bei Fragen vor der Aktivierung antworten Sie einfach auf diese E-Mail – unser Team hilft Ihnen gerne weiter.',
        'signoff'          => 'Willkommen an Bord,',
        'team'             => 'Ihr Okelcor-Team',
        'trouble'          => 'Falls die Schaltfläche nicht funktioniert, kopieren Sie die folgende URL und fügen Sie sie in Ihren Browser ein:',
    ],

];

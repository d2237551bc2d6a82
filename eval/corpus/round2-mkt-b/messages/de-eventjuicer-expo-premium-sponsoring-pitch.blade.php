@component('mail::message')

# Hallo {{ array_get($profile, 'fname') }},

Bist du bereit, auf der E-commerce Berlin Expo 2025 einen bleibenden Eindruck zu hinterlassen?

Während du dich auf die E-commerce Berlin Expo 2025 vorbereitest, lohnt es sich, unsere Premium-Sponsoring-Services in Betracht zu ziehen, um die Präsenz deiner Marke zu stärken und nachhaltig zu beeindrucken.

@component('mail::panel')

## Wichtige Premium-Sponsoring Möglichkeiten:

**[VIP-Zone Sponsoring](https://ecommerceberlin.com/premium/vipzone):** Präsentiere deine Marke in unserer exklusiven 800 m² großen VIP-Zone – eine einmalige Chance, dich bei einflussreichen Teilnehmern hervorzuheben.

**[Registrierungs-Sponsoring](https://ecommerceberlin.com/premium/registration):** Hinterlasse einen unvergesslichen ersten Eindruck, indem du den Registrierungsbereich und das Anmeldeformular sponserst – so steht deine Marke sofort im Mittelpunkt, sobald die Teilnehmer eintreffen.

**[Marken-Lanyards Sponsoring](https://ecommerceberlin.com/premium/lanyards):** Steigere die Sichtbarkeit deiner Marke, indem du dein Logo auf allen Besucher-Lanyards platzierst.

**[Besucher-Badges Sponsoring](https://ecommerceberlin.com/premium/badges):** Platziere dein Logo auf jedem Besucherausweis und sorge dafür, dass deine Marke stets im Rampenlicht steht.

**[Networking Event Sponsoring](https://ecommerceberlin.com/premium/networking):** Werde zum Mittelpunkt des exklusivsten und am meisten erwarteten Events der Expo – dem Networking-Event, bei dem sich Branchenführer treffen. Diese besondere Gelegenheit bringt deine Marke ins Zentrum des Geschehens und bietet dir eine unschätzbare Plattform für hochkarätige Verbindungen.

@endcomponent

Diese exklusiven Möglichkeiten sind darauf ausgelegt, deiner Marke außergewöhnliche Sichtbarkeit und Interaktion zu verschaffen.

Entdecke weitere Sponsoring-Optionen: Wir bieten diverse Services, die auf unterschiedliche Budgets und Ziele zugeschnitten sind, um die Präsenz deiner Marke auf der Expo weiter zu erhöhen.

**Mehr erfahren:** [Entdecke Premium-Möglichkeiten](https://ecommerceberlin.com/premium)

Lass uns gerne darüber sprechen, wie wir diese Möglichkeiten perfekt auf die Ziele deiner Marke abstimmen können. Hierzu antworte einfach auf diese E-Mail, oder vereinbare direkt einen Termin mit mir über den Link in der Signatur.

Wir freuen uns darauf, gemeinsam etwas Außergewöhnliches zu schaffen!

Beste Grüße,

{{$footer}}

@endcomponent
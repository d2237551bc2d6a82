<x-mail::message>
# Beste leden van {{ $opponentName ?? 'de club' }},

Seizoensfase 3 staat voor de deur en dat betekent voor veel jeugdcoaches weer hetzelfde terugkerende probleem: losse lijstjes, Excel-bestanden en keeperbeurten die scheef lopen. Met als gevolg discussies over wie al te vaak op
de bank zat. Alles bijhouden kost tijd en één kleine wijziging zorgt snel voor nieuwe fouten.

Dat kan makkelijker! Juist nu we een nieuwe fase ingaan is het een perfect moment om jullie coaches te laten aansluiten op jeugdvoetbalcoach.nl. Hiermee automatiseren we het gepuzzel met lijstjes en Excel-sheets in een handomdraai. En dat allemaal
**privacyvriendelijk**, **100% gratis**, **zonder advertenties**, en **open source**.

### Wat biedt jeugdvoetbalcoach.nl?

* **Teammanagement:** Beheer spelers, posities, formaties en houd (optioneel) statistieken bij zoals goals en assists.
* **Slimme Opstellingen:** Genereer automatisch een line-up in 4 kwarten voor de volgende wedstrijd. Eerlijke speeltijd met ingebouwde keeper-roulatie, zodat elke speler (en ouder) weet waar hij aan toe is.
* **Delen & Printen:** Deel resultaten met ouders via een unieke link en print als coach de opstelling uit voor de wedstrijd.
* **Samenwerken:** Werk samen met mede-coaches om samen je team te beheren.

Het platform is speciaal ontworpen voor teams (**JO8 t/m JO12**) waar plezier en eerlijke speeltijd voorop staan. We willen de administratieve last bij de vrijwillige coaches weghalen, zodat de focus weer op het veld kan liggen.

<x-mail::panel>
Trainers van VVOR, SV Marum, Blauw Wit '81, GJS, BVCB, VV Alexandria '66, Herkingen '55 en SV Den Hoorn gingen je al voor.
</x-mail::panel>

Benieuwd hoe het jullie coaches kan helpen? Neem gerust een kijkje op de website of stuur deze mail door naar de betreffende leeftijdscoördinatoren!

<x-mail::button :url="'https://jeugdvoetbalcoach.nl'">
Ontdek jeugdvoetbalcoach.nl
</x-mail::button>

Veel succes op de velden in fase 3!

Met sportieve groet,<br>
Antwan van [jeugdvoetbalcoach.nl](https://jeugdvoetbalcoach.nl)

<x-mail::subcopy>
Deze email is eenmalig verzonden en je e-mailadres wordt niet bij ons opgeslagen. Heb je vragen? Neem dan contact met ons op via het [contactformulier](https://jeugdvoetbalcoach.nl#feedback) op onze website.
</x-mail::subcopy>
</x-mail::message>

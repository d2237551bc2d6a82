<x-mail::message>
# Beste {{ $item->name }}

Namens de culturele vereniging van Julianadorp willen we u hartelijk bedanken voor uw recente donatie. Uw vrijgevigheid draagt bij aan het bevorderen van kunst en cultuur in onze gemeenschap.

Dankzij uw steun kunnen we diverse culturele activiteiten organiseren, waaronder tentoonstellingen, optredens en educatieve programma's. Deze evenementen dragen bij aan de culturele ontwikkeling van ons gebied en bieden kansen voor lokale kunstenaars en artiesten om hun talenten te delen.

We zijn dankbaar voor uw toewijding aan onze vereniging en het geloof in onze missie. Uw donatie is van onschatbare waarde en helpt ons om een blijvend verschil te maken in de levens van velen.

Nogmaals, bedankt. We waarderen uw steun enorm.

Met vriendelijke groet,<br>
{{ config('app.name') }}
</x-mail::message>

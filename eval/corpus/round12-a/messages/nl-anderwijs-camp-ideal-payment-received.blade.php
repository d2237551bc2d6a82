<p>
	Geachte ouder/verzorger,
</p>

<p>
	Wij bevestigen hierbij dat de betaling via iDeal door ons is ontvangen en daarmee uw {{ ($participant->geslacht == 'M') ? 'zoon' : 'dochter' }} {{ $participant->volnaam }} definitief staat ingeschreven voor het {{$event->naam}} {{$event->datum_start->format('Y')}} ({{$event->datum_start->format('d-m-Y')}} t/m {{$event->datum_eind->format('d-m-Y')}}) te {{$event->location->plaats}}.
</p>

<p>
	U bevindt zich nu in de tweede stap van het plaatsingsproces van uw kind voor een Anderwijskamp. Voor meer informatie over het proces, dat bestaat uit vier stappen, verwijs ik u naar de volgende link: <a href="http://www.anderwijs.nl/inschrijven/stappenplan/">http://www.anderwijs.nl/inschrijven/stappenplan/</a>.
</p>

<p>
	Indien u gebruik maakt van de kortingsregeling, vergeet dan niet om een bewijs van het bruto gezinsinkomen met eventuele andere zaken op te sturen naar Vereniging Anderwijs, Postbus 13228, 3507 LE Utrecht.
</p>

<p>
	We zijn momenteel nog steeds bezig met het samenstellen van een geschikte leidingploeg voor het Anderwijskamp. Hierbij letten wij op de hoeveelheid aanmeldingen voor het kamp en de vakken die de deelnemers hebben opgeven. Vanwege het feit dat we zorgvuldig onze leiding hierop selecteren, hebben we over het algemeen pas ongeveer twee weken voor het kamp de leidingploeg definitief rond. U ontvangt dus uiterlijk twee weken voor het kamp een plaatsingsmail voor uw zoon/dochter, wanneer er genoeg plaats is op het kamp.
</p>

<p>
	Verder wil ik u mededelen dat na de dagtekening van de plaatsing van uw kind (stap 3 in het proces), uw inschrijving onherroepelijk is. Dit wil zeggen dat wanneer u zich na het ontvangen van de plaatsingsmail afmeldt, u het hele kampbedrag dient te betalen. Wanneer u zich eerder afmeldt, dient u slechts de administratiekosten van 50 euro te betalen.
</p>

<p>
	Hebt u opmerkingen of vragen, dan kunt u natuurlijk contact met ons opnemen. Dit kan het beste en het snelst via e-mail: <a href="mailto:kantoor@anderwijs.nl">kantoor@anderwijs.nl</a>. Als u liever telefonisch contact wilt, mail uw naam en telefoonnummer, dan bellen wij u zo snel mogelijk.
</p>

<p>
	Met vriendelijke groet,<br/>
	Kantoorcommissie Anderwijs
</p>
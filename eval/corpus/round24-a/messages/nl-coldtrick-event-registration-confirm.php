  'event_manager:registration:confirm:subject' => 'Bevestig de registratie voor %s',
  'event_manager:registration:confirm:message' => 'Om uw registratie af te ronden voor het evenement "%s", klik op deze link
%s

Indien u zich niet heeft geregistreerd kunt u deze email negeren of de link volgen, waar u de mogelijkheid heeft om de registratie te verwijderen.',

  'control-health' => 
  array (
    'summary' => 'Opzegging TakeDaily abonnement',
    'text' => 'Inmiddels heb je jouw TakeDaily ongeveer 2-3 weken in bezit. Wij hopen dat je tevreden bent. Wij zijn heel benieuwd hoe jij TakeDaily (product, service, website) tot nu toe beoordeelt. Waar ben jij tevreden en/of ontevreden over? Jouw feedback is voor TakeDaily heel waardevol. Het helpt bij het continu verbeteren van onze producten en service.',
    'text2' => 'Klik op onderstaande link en geef jouw feedback! 

<a href="https://takedaily.nl/feedback/{id}">Geef feedback</a>
Bedankt voor jouw medewerking! We waarderen het zeer.',
    'title' => 'Bedankt voor je recente bestelling bij TakeDaily. TakeDaily wil graag van jouw ervaringen leren!
',
  ),

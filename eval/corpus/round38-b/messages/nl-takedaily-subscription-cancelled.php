  'cancel' => 
  array (
    'title' => 'Beste {name}',
    'subject' => 'Bevestiging opzegging TakeDaily abonnement',
    'text' => 'Wij hebben op jouw verzoek je TakeDaily abonnement stopgezet. Wij vinden het jammer jou als klant te verliezen. Als er iets is wat wij beter of anders zouden kunnen doen, waarderen wij het heel erg als je ons hierover zou willen informeren via info@takedaily.nl of 020-2382580. Wij willen je bedanken voor jouw lidmaatschap en hopen je in de toekomst uiteraard weer als klant te mogen verwelkomen.',
  ),

  'almost-text' => '<strong>Hi,</strong>
Wij zijn blij dat je onze test wilt proberen. Je bent toch niet helemaal klaar met je bestelling voor je eigen op maat gemaakte TakeDaily!
 
Dat vinden wij jammer en daarom willen wij graag jou de kans geven om TakeDaily gratis te proberen.

<strong>Ontvang je eerste TakeDaily GRATIS</strong>

Gebruik de code: <strong>ABAN17NL</strong>',
  'almost-subject' => 'Jouw eerste pakket - Probeer gratis -',
  'almost-link' => '{link} Bestel nu - Klik hier',

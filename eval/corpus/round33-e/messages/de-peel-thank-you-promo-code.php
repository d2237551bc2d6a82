<?php
$peel_email_template["subject"] = array(
  "envoie_client_code_promo" => "Als Dank für Ihre Treue",
);
$peel_email_template["text"] = array(
  "envoie_client_code_promo" => "Guten Tag [CIVILITE] [PRENOM] [NOM_FAMILLE],

als Dank für Ihre Bestellung in unserem Netzladen offerieren wir Ihnen diesen Rabattcode: [NOM_CODE_PROMO].

Damit kommen Sie in den Genuss eines Rabatts von [REMISE] über Ihre nächste Bestellung.

Dieser Rabattcode ist nur für Sie bestimmt und kann nur einmal verwendet werden, und zwar bis [DATE_FIN].

Wir danken Ihnen für Ihr Vertrauen.",
);

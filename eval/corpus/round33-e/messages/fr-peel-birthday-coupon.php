<?php
$peel_email_template["subject"] = array(
  "bons_anniversaires" => "[SITE] vous souhaite un joyeux anniversaire",
);
$peel_email_template["text"] = array(
  "bons_anniversaires" => "Bonjour [CIVILITE] [PRENOM] [NOM_FAMILLE],

Pour votre anniversaire, nous vous offrons ce code promotionnel : [NOM_CODE_PROMO].

Il vous permet de bénéficier de [REMISE] de réduction à valoir sur votre prochaine commande [MAIL_EXTRA_INFOS]

Ce code promotionnel vous est spécialement destiné et est valable une seule fois à partir d'aujourd'hui jusqu'au [DATE_FIN].

[SITE] vous souhaite un joyeux anniversaire.",
);

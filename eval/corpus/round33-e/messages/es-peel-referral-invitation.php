<?php
$peel_email_template["subject"] = array(
  "parrainage" => "[PSEUDO] quiere patrocinarle",
);
$peel_email_template["text"] = array(
  "parrainage" => "Hola,

[PSEUDO] le invita a descubrir el sitio [SITE] y recibir un crédito de [REBATE] en su primer pedido validando su cuenta cliente.

Haga clic en el siguiente enlace para validar su cuenta:
[WWWROOT]/modules/parrainage/inscription.php?email=[EMAIL_FILLEUL]&code=[MDP]&id=[ID_UTILISATEUR]

Su nombre de usuario: [EMAIL_FILLEUL]
Contraseña: [MDP]
",
);

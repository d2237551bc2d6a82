Bonjour,

Cet email vous informe qu'une commande a été passée sur le site.
L'utilisateur avait pour adresse IP {IP}.
Toutefois, il vous reste à vérifier l'état de paiement de la commande.


- Numéro de commande : {NUM_COMMANDE}

- Informations sur le client :
		Nom et prénom : {NOM} {PRENOM}
		Adresse : {ADRESSE}
		CP et Ville : {CP} {VILLE}
		Pays : {PAYS}
		Téléphone : {TELEPHONE}
		Email : {EMAIL}
		Facture demandée : {FACTURE}


- Détails de la commande :
Titre du produit                                              Qte     Prix       Port
---------------------------------------------------------------------------------------------
{COMMANDE}



Cet email est généré automatiquement, merci de ne pas y répondre
-------------------------
{X_SITENAME} ({X_SITEURL})

Bonjour {X_UNAME},

Un nouveau produit, "{PRODUCT_NAME}" a été ajouté sur {X_SITENAME}.

Voilà le sommaire du produit :
{PRODUCT_SUMMARY}

Vous pouvez voir ce produit à cette adresse :
{PRODUCT_URL}

-----------

Vous recevez ce message parce que vous avez choisi d'être notifié lorsqu'un nouveau produit est ajouté sur notre site.

Si c'est une erreur ou si vous ne voulez plus recevoir de tels avis, veuillez mettre à jour vos notifications en visitant le lien ci-dessous :
{X_UNSUBSCRIBE_URL}

Merci de ne pas répondre à ce message.

-----------

{X_SITENAME} ({X_SITEURL})
webmaster
{X_ADMINMAIL}

Subject: Nouvelle discussion dans le forum « <forum_name> »

<poster> a lancé une nouvelle discussion intitulée « <topic_subject> » dans le forum « <forum_name> » que vous suivez.

Contenu du message :
=======================================================================

<message>

=======================================================================

La discussion se trouve ici : <topic_url>

Vous pouvez interrompre le suivi en cliquant ici : <unsubscribe_url> et en cliquant sur le lien de désinscription en bas de la page.

--
<board_mailer>
(Veuillez ne pas répondre à ce message. Merci !)

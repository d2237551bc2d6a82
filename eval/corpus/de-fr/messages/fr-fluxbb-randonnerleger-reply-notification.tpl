Subject: Réponse à la discussion « <topic_subject> »

<replier> a répondu à la discussion « <topic_subject> » que vous suivez. Il se peut qu'il y ait davantage de nouvelles réponses, mais ce sera la seule notification tant que vous ne vous serez pas rendu(e) à nouveau aux forums.

Contenu du message :
=======================================================================

<message>

=======================================================================

Le message est situé ici : <post_url>

Vous pouvez interrompre le suivi de cette discussion en cliquant ici : <unsubscribe_url> et en cliquant sur le lien de désinscription en bas de la page.

-- 
<board_mailer>
(Veuillez ne pas répondre à ce message. Merci !)

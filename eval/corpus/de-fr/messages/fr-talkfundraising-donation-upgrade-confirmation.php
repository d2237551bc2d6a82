<?php ?>

<div style="width: 600px; text-align: justify; font-size: 14px;">

    <img class="alignnone" src="http://www.talkfundraising.fr/emailing-talk-prod/la-chaine-de-l-espoir/logo-upgrade.jpg" alt="Logo la cha&icirc;ne de l'Espoir" />

    <p><?= $model->CIV ?> <?= $model->NOM ?>,</p>
    <p><strong>Merci de votre fid&eacute;lit&eacute; !</strong></p>

    <p>Tout d'abord, je vous remercie vivement de l'accueil que vous avez r&eacute;serv&eacute; &agrave; mon collaborateur.<br/>Lors de votre conversation t&eacute;l&eacute;phonique, <strong>vous avez g&eacute;n&eacute;reusement accept&eacute; d'augmenter votre soutien r&eacute;gulier</strong>.</p>

    <p><strong>Nous vous confirmons que votre pr&eacute;l&egrave;vement passera donc &agrave; <?= $model->N_MONTANT ?> euros par <?= $model->N_PERIODICITE ?> &agrave; partir du <?= $model->N_DATEPA ?>.</strong></p>

    <p><strong>Vos dons r&eacute;guliers sont une formidable preuve de confiance</strong>.Vous nous permettez de prendre en charge les enfants inscrits sur notre liste d'attente et d'op&eacute;rer en urgence les cas les plus graves.</p>

    <p>Je vous remercie &agrave; nouveau pour votre geste et pour votre engagement &agrave; nos c&ocirc;t&eacute;s.</p>
    <p>Amicalement,</p>

    <p style="text-align: right;"><img class="alignnone" src="http://www.talkfundraising.fr/emailing-talk-prod/la-chaine-de-l-espoir/signature.jpg" alt="Signature la cha&icirc;ne de l'Espoir" /></p>
    <p style="text-align: right;">Alain DELOCHE<br/>La Cha&icirc;ne de l’Espoir</p>
    <p style="font-size: 12px;">P.S. : Si vous êtes imposable, <strong>75 % du montant de vos dons</strong> sont d&eacute;ductibles de votre imp&ocirc;t sur le revenu dans la limite de 530 € et 66 % au-del&agrave;, dans la limite de 20 % de votre revenu imposable. <i>Art. 200 du code g&eacute;n&eacute;ral des imp&ocirc;ts</i>.</p>
    <p style="font-size: 10px;">Loi "Informatique et Libert&eacute;s" du 6/1/78 : vous avez un droit d'acc&egrave;s et de rectification de l'information vous concernant. Vos coordonn&eacute;es ne sont pas communiqu&eacute;es &agrave; d'autres organismes et restent &agrave; l'usage exclusif de La Cha&icirc;ne de l'Espoir.</p>

    <p style="text-align: center; font-size: 10px;"><strong>La Cha&icirc;ne de l'Espoir</strong> - 8, rue Maria Helena Vieira da Silva – CS 11417 – 75993 Paris Cedex 14<br/>
        <strong>t&eacute;l</strong> : 01 44 12 66 49 - <strong>e-mail</strong> : <u>donateurs@chainedelespoir.org</u> - <u>www.chainedelespoir.org</u><br/>
    Association de bienfaisance assimil&eacute;e &agrave; une association reconnue d’utilit&eacute; publique</p>
</div>


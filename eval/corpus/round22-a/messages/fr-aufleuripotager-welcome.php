<?
/*
  $Id: create_account.php,v 1.11 2003/07/05 13:58:31 hpdl Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2003 osCommerce

  Released under the GNU General Public License
  Translated by Gunt - Contact : webmaster@webdesigner.com.fr
*/
define('EMAIL_SUBJECT', 'Bienvenue sur ' . STORE_NAME);
define('EMAIL_GREET_MR', 'Cher Mr. %s,' . "\n\n");
define('EMAIL_GREET_MS', 'Cher Mme. %s,' . "\n\n");
define('EMAIL_GREET_NONE', 'Cher %s' . "\n\n");
define('EMAIL_WELCOME', 'Nous vous accueillons sur <b>' . STORE_NAME . '</b>, le catalogue du groupement d&quot;achat et du r&eacute;seau de vente directe de produits locaux, bio, raisonn&eacute;s et &eacute;quitables.' . "\n\n");
define('EMAIL_TEXT', 'Vous pouvez maintenant participer aux <b>divers services</b> que le magasin en ligne vous propose. Certains de ces services incluent :' . "\n\n" . '<li><b>Panier permanent</b> - N&quot;importe quels produits ajout&eacute;s &agrave; votre panier en ligne restent l&agrave; jusqu&quot;&agrave; ce que vous les supprimiez ou les consultiez. ' . "\n" . '<li><b>Historique de commande</b> - Voir vos historiques d&quot;achats que vous avez effectu&eacute;s chez nous.' . "\n" . '<li><b>Critiques de produits</b> - Partagez vos avis sur des produits avec nos autres adh&eacute;rents. ' . "\n\n");
define('EMAIL_CONTACT', 'Pour obtenir de l&quot;aide sur n&quot;importe quel de nos services en ligne, envoyez s&quot;il vous pla&icirc;t un courrier &eacute;lectronique à : ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n");
define('EMAIL_WARNING', '<b>REMARQUE:</b> Si cette adresse &eacute;lectronique vous a &eacute;t&eacute; donn&eacute;e par un des adh&eacute;rents de Aufleuripotager et si vous n&quot;&ecirc;tes pas membre, merci de nous envoyez un e-mail &agrave; : ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n");
?>

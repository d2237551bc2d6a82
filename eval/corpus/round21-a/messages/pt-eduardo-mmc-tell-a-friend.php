<?php

/***************************************************************************/
/*                                                                         */
/*  osCommerce, Open Source E-Commerce Solutions                           */
/*  http://www.oscommerce.com                                              */
/*  Released under the GNU General Public License                          */
/*                                                                         */
/*  Translation Brazilian by:                                              */
/*  Tradução Para o Português Brasil por:                                  */
/*  Reginaldo Gomes (Envoy) envoy@phpmania.org | http://phpmania.org       */
/*  osCommerce 2.2 Milestone 2 Português-Brasil Versão PHPmania.org        */
/*                                                                         */
/***************************************************************************/

define('TEXT_EMAIL_SUBJECT', 'Seu amigo %s recomendou "%s"');
define('TEXT_EMAIL_INTRO', 'Olá %s!' . "<br/><br/>" . 'Seu amigo %s, achou que poderia estar interessado em %s da %s.');
define('TEXT_EMAIL_LINK', 'Para ver o produto use o seguinte link:' . "<br/>" . '%s');
define('TEXT_EMAIL_SIGNATURE', '<i><b>Atenciosamente,' . "<br/>" . '%s</b></i>');

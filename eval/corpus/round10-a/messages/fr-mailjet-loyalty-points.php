<?php

/**
 * 2007-2017 PrestaShop
 *
 * NOTICE OF LICENSE
 *
 * This source file is subject to the Academic Free License (AFL 3.0)
 * that is bundled with this package in the file LICENSE.txt.
 * It is also available through the world-wide-web at this URL:
 * http://opensource.org/licenses/afl-3.0.php
 * If you did not receive a copy of the license and are unable to
 * obtain it through the world-wide-web, please send an email
 * to license@prestashop.com so we can send you a copy immediately.
 *
 * DISCLAIMER
 *
 * Do not edit or add to this file if you wish to upgrade PrestaShop to newer
 * versions in the future. If you wish to customize PrestaShop for your
 * needs please refer to http://www.prestashop.com for more information.
 *
 * @author    PrestaShop SA <contact@prestashop.com>
 * @copyright 2007-2017 PrestaShop SA
 * @license   http://opensource.org/licenses/afl-3.0.php  Academic Free License (AFL 3.0)
 * International Registered Trademark & Property of PrestaShop SA
 */

/* Default Mails contents for triggers */
/* KEYWORDS : {shop_url} {shop_name} {firstname} {lastname} {email} */

/* * ** français ************************ */

$subject = array();
$mail = array();

for ($i = 1; $i <= 9; $i++) {
    $subject[$i]['fr'] = 'Message pour {firstname} {lastname} !';
}

$mail[9]['fr'] = '
	Cher {firstname} {lastname},<br />
	Il vous reste encore des points de fid&eacute;lit&eacute;. Transformez-les en achats et faites-vous plaisir !<br />
	A bient&ocirc;t sur Mailjet : <a href="{shop_url}">Cliquez ici</a> !
	';

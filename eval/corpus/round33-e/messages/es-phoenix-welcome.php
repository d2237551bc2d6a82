<?php
/*
  $Id$

  CE Phoenix, E-Commerce made Easy
  https://phoenixcart.org

  Copyright (c) 2021 Phoenix Cart

  Released under the GNU General Public License
*/

	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT_TITLE = 'Crear cuenta';
	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT_DESCRIPTION = 'Enviar una notificación al finalizar la creación de la cuenta.';

	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_SUBJECT = 'Bienvenido a ' . STORE_NAME;
	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_WELCOME = 'Bienvenido a <strong>' . STORE_NAME . '</strong>.' . "\n\n";
	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_TEXT = 'Se ha registrado correctamente con nosotros.' . "\n\n" . 'La próxima vez que compre con nosotros, solo inicie sesión para un pago más rápido.' . "\n\n";
	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_CONTACT = 'Para cualquier consulta sobre nuestros servicios, por favor escriba a: ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n";
	const MODULE_NOTIFICATIONS_CREATE_ACCOUNT_WARNING = '<strong>Nota:</strong> Esta dirección fue proporcionada por uno de nuestros clientes. Si usted no se ha registrado como cliente, por favor comuníquelo a ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n";


<?php
/*
  $Id$

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2019 osCommerce CE Phoenix

  Released under the GNU General Public License
*/
define('EMAIL_PASSWORD_RESET_SUBJECT', STORE_NAME . ' - Neues Passwort');
define('EMAIL_PASSWORD_RESET_BODY', 'Ein neues Passwort für Ihr Konto bei ' . STORE_NAME  . " wurde angefordert\n\n" . 'Folgen Sie diesem Link, um Ihr Passwort sicher zu ändern:' . "\n\n" . '%s' . "\n\n" . 'Dieser Link wird automatisch nach 24 Stunden, oder nachdem Ihr Passwort geändert wurde, verworfen.' . "\n\n" . 'Wenn Sie Hilfe mit einem unserer Online-Dienste benötigen, mailen Sie an: ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n");

$lang['password_reset_request'] = 'Solicitud de restablecimiento de contraseña';
$lang['password_reset_email_message'] = 'Ha solicitado restablecer su contraseña. Haga clic en el botón de abajo para establecer una nueva contraseña para su cuenta.';
$lang['password_reset_link_expires'] = 'Este enlace caducará en 1 hora.';
$lang['password_reset_ignore_message'] = 'Si no ha solicitado restablecer la contraseña, ignore este correo electrónico.';

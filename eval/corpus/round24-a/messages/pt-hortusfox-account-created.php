	'account_created' => 'Conta criada',
	'account_created_hint' => 'Sua conta para {workspace} foi criada. Por favor, <a href="{url}">faça login</a> com seu e-mail e a senha <strong>{password}</strong>. É recomendado alterar sua senha após o login.',

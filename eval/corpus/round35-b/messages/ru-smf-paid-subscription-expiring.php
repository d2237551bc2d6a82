	'paid_subscription_reminder' => array(
		/*
			@additional_params: scheduled_approval
				REALNAME: The real (display) name of the person receiving the email.
				PROFILE_LINK: Link to profile of member receiving email where can renew.
				SUBSCRIPTION: Name of the subscription.
				END_DATE: Date it expires.
			@description:
		*/
		'subject' => 'Заканчивается платная подписка на форуме {FORUMNAME}',
		'body' => '{REALNAME},

Срок вашей платной подписки на {FORUMNAME} заканчивается. Если при оплате подписки было включено автопродление, то не требуется выполнять никаких действий, в противном случае следует заказать подписку заново. Детали указаны ниже:

Название подписки: {SUBSCRIPTION}
Заканчивается: {END_DATE}

Вы можете изменить свои подписки, пройдя по ссылке:
{PROFILE_LINK}

{REGARDS}',
	),

			// * 日本語
			array(
				'language_id' => '2',
				'plugin_key' => self::PLUGIN_KEY,
				'block_key' => null,
				'type_key' => 'answer',
				'mail_fixed_phrase_subject' => '[{X-SITE_NAME}-{X-PLUGIN_NAME}]{X-SUBJECT}を受け付けました。',
				'mail_fixed_phrase_body' => '{X-SUBJECT}の登録通知先メールアドレスとしてあなたのメールアドレスが使用されました。
もし{X-SUBJECT}への登録に覚えがない場合はこのメールを破棄してください。


{X-SUBJECT}を受け付けました。

登録日時:{X-TO_DATE}


{X-DATA}

メール内容を印刷の上、会場にご持参ください。',
			),

<?php
/**
 * Translation file
 *
 * Note: don't change the return array to short notation because Transifex can't handle those during `tx push -s`
 */

return array(

	'invitefriends:subject' => '【%s】への招待状',

	'invitefriends:message:default' => 'こんにちは。

 %s への参加をご招待いたします。',

	'invitefriends:email' => '%s への参加のご招待を %s より案内いたします。

内容:

%s

ご参加いただけるのであれば、下のリンクをクリックしてください:
%s

あなたがアカウントを作成すると自動的に友達登録されます。',
	
);

<?php

$Definition['%s has invited you to join %s.'] = '%s さんが、あなたを %s に招待しています。';
$Definition['EmailInvitation'] = 'こんにちは！

%1$s さんから %2$s に招待されています。

%3$s
参加する場合は、上記のリンクをクリックしてください:
';

	'Mail_Template_Subject' => '{{UserName}}, 密码重置申请 - {{SiteName}}',
	'Mail_Template_Body' => '<p>{{UserName}}， 
		请在两小时内点击以下链接重置密码: </p>
		<p><a href="{{ResetPasswordURL}}">{{ResetPasswordURL}}</a></p>',

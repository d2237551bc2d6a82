<p>Вас упомянули а сообщении {{userName}}.</p>
{{#if parentName}}
<p>Относящемся к: {{parentName}}</p>
{{/if}}
<p>{{{post}}}</p>
<p><a href="{{url}}">Просмотр</a></p>

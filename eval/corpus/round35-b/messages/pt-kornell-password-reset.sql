('b44aaf05-7d2d-4ebf-9d4d-4ef3cdb0682d', 'PASSWORD_RESET', 'pt_BR', 'Você requisitou uma nova senha da $$INSTITUTION_NAME$$', '<p>Ol&aacute;, <b>$$PERSON_FULLNAME$$</b></p>
<p>&nbsp;</p>
<p>Voc&ecirc; recentemente fez uma requisi&ccedil;&atilde;o de altera&ccedil;&atilde;o de senha da $$INSTITUTION_NAME$$.</p>
<p>Clique no bot&atilde;o abaixo para fazer a altera&ccedil;&atilde;o da senha.</p>
<div style="width: 300px;margin: 0 auto;margin-bottom: 50px;margin-top: 50px;text-align: center;display: block;height: auto;">
	<a href="$$BUTTON_LINK$$" target="_blank" style="text-decoration: none;">
		<div style="display: block;width: 220px;height: 30px;line-height: 28px;margin-right: 30px;text-shadow: 1px 1px 1px rgba(0, 0, 0, 0.5);font-size: 14px;font-weight: bold;color: #e9e9e9;border-radius: 5px;display: block;border: 0px;background: #4c4f54;background: -moz-linear-gradient(top, #4c4f54 0%, #252629 100%);background: -webkit-gradient(linear, left top, left bottom, color-stop(0%, #4c4f54), color-stop(100%, #252629));background: -webkit-linear-gradient(top, #4c4f54 0%, #252629 100%);background: -o-linear-gradient(top, #4c4f54 0%, #252629 100%);background: -ms-linear-gradient(top, #4c4f54 0%, #252629 100%);background: linear-gradient(to bottom, #4c4f54 0%, #252629 100%);filter: progid:DXImageTransform.Microsoft.gradient( startColorstr=\'#4c4f54\', endColorstr=\'#252629\',GradientType=0 );margin: 0 auto;">Alterar senha</div>
	</a>
</div>
<p>Caso n&atilde;o tenha requisitado esta mudan&ccedil;a, favor ignorar esta mensagem.</p>
<p>&nbsp;</p>
<p>Cordialmente,</p>
<p><b>Equipe $$INSTITUTION_NAME$$</b></p>
<img alt="" src="cid:logo" style="width: 300px;height: 80px;margin: 0 auto;display: block;">'),

<!DOCTYPE html>
<html lang="pt" xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml">
<head><!-- NAME: FOLLOW UP --><!--[if gte mso 15]>
 <xml>
 <o:OfficeDocumentSettings>
 <o:AllowPNG/>
 <o:PixelsPerInch>96</o:PixelsPerInch>
 </o:OfficeDocumentSettings>
 </xml>
 <![endif]-->
 <meta charset="UTF-8" />
 <meta content="width=device-width, initial-scale=1.0" name="viewport" />
 <meta content="ie=edge" http-equiv="X-UA-Compatible" />
 <title>*|MC:SUBJECT|*</title>
 <style type="text/css">body {padding: 20px; color: #3d3d3d;}
 h1 {font-size: 12px; font-family:"Lucida Sans", "Lucida Sans Regular", "Lucida Grande", "Lucida Sans Unicode", "Geneva", "Verdana", "sans-serif"; text-align: justify;}
 h3 {font-size: 12px; font-family:"Lucida Sans", "Lucida Sans Regular", "Lucida Grande", "Lucida Sans Unicode", "Geneva", "Verdana", "sans-serif"; text-align: justify;}
 p {font-size: 12px; font-family: "Lucida Sans", "Lucida Sans Regular", "Lucida Grande", "Lucida Sans Unicode", "Geneva", "Verdana", "sans-serif"; text-align: justify;}
 .marcacao {font-weight: bold; color: #AD60A6;}
 .confirmButton { background-color:#44c767;border-radius:28px;border:1px solid #18ab29;display:inline-block;cursor:pointer;color:#ffffff;font-family:Arial;font-size:17px; padding:16px 31px; text-decoration:none; text-shadow:0px 1px 0px #2f6627;}
 .unsubscribe-info {font-size: 10px; color: #7c7c7c;}
 .menu {font-size: 12px; color: #7c7c7c;}
 @media only screen and (min-width: 600px) {
 body {padding: 120px; color: #3d3d3d;}
 }
 </style>
</head>
<body>

<p>{{ $name }}, notamos que há mais de 15 dias você não abre nosso portal para visualizar as melhores ofertas de ganho de pontos. <strong> Que tal voltar e continuar acumulando pontos para trocar por diversos produtos? </strong> </p>

<p> </p>

<center><a class="confirmButton" href="{{ env('APP_URL') }}/click-login?email={{ $email }}" target="_blank">CLIQUE AQUI PARA ACESSAR O PORTAL</a></center>

<p> Ah, só te lembrando que toda vez que for acessar o portal, basta acessar o endereço store.sweetbonus.com.br, informar seu e-mail e sua data de nascimento. Simples assim! 

<br><br>
Qualquer dificuldade, basta entrar em contato com nosso time de suporte através do e-mail contato@sweetpanels.com. Será um prazer atendê-lo(a)!</p>

<p>--<br />
Atenciosamente,<br />
Equipe Sweet.</p>

<p> </p>

<p class="unsubscribe-info">A Sweet preza muito por não encher a sua caixa de correio de e-mail não desejados, por isso você pode se descadastrar a qualquer momento logando em sua conta e acessando a opção MINHA CONTA > DESCADASTRO. Em caso de dúvidas, envie-nos um e-mail para contato@sweetpanels.com. Será um prazer atendê-lo!</p>
<center><a href="https://play.google.com/store/apps/details?id=com.appsweetbonus" target="_blank"><img src="https://uploaddeimagens.com.br/images/002/670/450/full/pt-br_badge_web_generic-min.png?1590417493" style="width:200px;"alt=""></a></center>
<center><span class="menu">A Sweet é uma plataforma em que qualquer pessoa pode realizar tarefas simples na internet, ganhar pontos e trocar por produtos.</span>

<center><span class="menu">© 2020 Sweet Media Marketing Ltda</span></center>

<p> </p>
</center>

<center><span style="font-family:arial,helvetica,sans-serif; font-size:11px;"><font color="#333333">Caso não queira mais receber nossos emails, <a href="##optout##">remova aqui.</a></font></span></center>
</body>
</html>
<h1>Gracias por darle internet a un Cubano</h1>

<p>Nuestro objetivo es connectar a internet al Cubano de a pie, de gratis, y mediante email: un canal de acceso masivo en Cuba.</p>

<p>&iquest;Cuan importante es internet para usted? Seguramente hoy ley&oacute; las noticias, las redes sociales, hizo una compra online y us&oacute; el GPS para encontrar una direcci&oacute;n.</p>

<p>Apretaste permite lo mismo y m&aacute;s, pero todo por email. Su acci&oacute;n hoy puede haber cambiado la vida de alguien para bien.</p>

<p>No permita que su acci&oacute;n quede ah&iacute;, ay&uacute;denos a cambiar la vida de millones de Cubanos que nunca han disfrutado internet.</p>

<ul>
	<li>Pida a sus amigos que inviten otro Cubano: <a href="https://apretaste.com/invitar">https://apretaste.com/invitar</a></li>
	<li>Haznos like en Facebook: <a href="https://www.facebook.com/apretaste">https://www.facebook.com/apretaste</a></li>
	<li>S&iacute;guenos en Twitter: <a href="https://twitter.com/apretaste">https://twitter.com/apretaste</a></li>
	<li>Comparte el link <a href="https://apretaste.com/invitar">https://apretaste.com/invitar</a> en las Redes Sociales</li>
	<li>Asiste a nuestras reuniones mensuales: <a href="http://www.meetup.com/HeyCuba/">http://www.meetup.com/HeyCuba</a></li>
	<li>Lea m&aacute;s sobre nosotros y done a nuestra causa: <a href="https://apretaste.com/bienvenido">https://apretaste.com</a></li>
</ul>
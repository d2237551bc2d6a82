<h1>&iexcl;Bienvenido!</h1>

<p style="color:red;">Has recibido este mensaje porque <b>{$host}</b> le invit&oacute; a instalar nuestra app para navegar internet.</p>

<h2>&iquest;Para que sirve la app?</h2>
<p>Nuestra app <b>le permite acceder a la internet</b>, buscar en Google, entrar a Revolico, leer Noticias, compartir en nuestra Red Social, consultar Wikipedia, Traducir documentos a decenas de idiomas, ver el Estado del Tiempo, buscar su Media Naranja y mucho m&aacute;s; con solo tener una cuenta Nauta.</p>

{space5}

<h2>&iquest;Y como la descargo?</h2>
<p>Descargue nuestra app de las siguientes maneras:</p>

<ul>
	<li>Si est&aacute; conectado al WiFi, <a href="https://goo.gl/1hBhjm">instale la app directamente desde el mercado de Android</a> (recomendado).</li>
	<li>Si desea descargar la app lista para instalar (2,62 MB), presione el siguiente link: {link href="APP APK" caption="Descargar APK"}.</li>
	<li>Si desea descargar la app comprimida en formato RAR (1.90 MB), presione el siguiente link: {link href="APP RAR" caption="Descargar RAR"}.</li>
	<li>Si desea descargar el APK por WiFi, presione el siguiente link: <a href="https://rebrand.ly/navegacuba">https://rebrand.ly/navegacuba</a>.</li>
</ul>

{space5}

<h2>&iquest;Necesita ayuda?</h2>
<p>Si tiene cualquier pregunta o sugerencia, escr&iacute;banos a <a href="mailto:{$APRETASTE_SUPPORT_EMAIL}">{$APRETASTE_SUPPORT_EMAIL}</a>.</p>

<!doctype html>
<html>
<head>
<meta name='viewport' content='width=device-width'>
<meta http-equiv='Content-Type' content='text/html; charset=UTF-8'>
<title>Bienvenido a Enpics</title>

<div style="background-color: #A0DACD; padding: 20px; color: #FFF">
    <a href="http://www.enpics.com"><img src="http://www.enpics.com/website/assets/img/logo-enpics.png" alt="Enpics"></a>
</div>

<h1>
    Hola, {{$user->username}}!
</h1>

<p>
    Te damos la bienvenida a Enpics. A partir de este momento podr&aacute;s comprar obras de artistas independientes en cuadros de la mejor calidad. &iexcl;Y tambi&eacute;n vender tus creaciones!
</p>

<p>
    Como regalo de bienvenida te damos un 10% de descuento en tu primera compra utilizando el cup&oacute;n <strong>PRIMERACOMPRA</strong>. ¡Ingresalo antes de abonar tu compra y listo!
</p>

<p>
    Ante cualquier duda comunicate con nosotros a <a href="mailto:info@enpics.com.ar" style="color: #56A794">info@enpics.com.ar</a>
</p>

<p>
    <strong>El equipo de Enpics</strong>
</p>

</body>
</html>
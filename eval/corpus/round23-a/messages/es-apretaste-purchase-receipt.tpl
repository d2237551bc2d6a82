<h1>Gracias por su compra</h1>

<p>Este correo es para dejarle saber que su compra de <b>{$credits} cr&eacute;ditos</b> por un valor de ${$amount} ha sido procesada correctamente el {$date}, y los creditos han sido puestos en su cuenta.</p>

<p>Estos cr&eacute;ditos pueden ser usados en la app de Apretaste, as&iacute; como en las apps de Piropazo, Pizarra, y otros servicios de nuestra plataforma.</p>

<p>Si tiene alguna duda, por favor pongase en contacto con nuestro <a href="mailto:soporte@apretaste.org">equipo de soporte</a>, o escribamos por <a href="https://www.facebook.com/apretaste">facebook</a> o <a href="https://twitter.com/apretaste">twitter</a>.</p>

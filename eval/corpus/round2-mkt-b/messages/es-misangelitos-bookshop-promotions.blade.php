<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Correo Promocional - Mis Angelitos</title>
    <style>
        /* Estilos generales */
        body {
            font-family: Arial, sans-serif;
            background-color: #f4f4f4;
            margin: 0;
            padding: 0;
        }
        .container {
            max-width: 600px;
            margin: 0 auto;
            padding: 20px;
            background-color: #fff;
        }
        h1 {
            color: #333;
            text-align: center;
        }
        p {
            color: #555;
        }
        .offer {
            margin-bottom: 20px;
            padding: 20px;
            background-color: #f9f9f9;
        }
        .cta-button {
            display: inline-block;
            padding: 10px 20px;
            background-color: #ff6f00;
            color: #fff;
            text-decoration: none;
        }
        .footer {
            margin-top: 20px;
            text-align: center;
        }
        .footer p {
            color: #777;
        }
    </style>
</head>
<body>
    <div class="container">
        <h1>¡Promociones y Novedades de Mis Angelitos!</h1>

        <div class="offer">
            <h2>Oferta Especial</h2>
            <p>Aprovecha nuestra oferta del 20% de descuento en todos los libros de aventuras.</p>
            <a href="#" class="cta-button">¡Comprar ahora!</a>
        </div>

        <div class="offer">
            <h2>Próximos Lanzamientos</h2>
            <p>Estamos emocionados de anunciar los siguientes libros que llegarán pronto a nuestra librería:</p>
            <ul>
                <li>La Leyenda del Tesoro Perdido - Disponible a partir del 15 de agosto</li>
                <li>El Secreto de los Sueños - Disponible a partir del 1 de septiembre</li>
            </ul>
        </div>

        <div class="offer">
            <h2>Rebajas de Verano</h2>
            <p>Aprovecha nuestras rebajas de verano con descuentos de hasta el 50% en una amplia selección de libros.</p>
            <a href="#" class="cta-button">Ver todas las ofertas</a>
        </div>

        <div class="footer">
            <p>¡No te pierdas nuestras promociones! Síguenos en redes sociales:</p>
            <a href="#" target="_blank">Facebook</a> |
            <a href="#" target="_blank">Twitter</a> |
            <a href="#" target="_blank">Instagram</a>
        </div>
    </div>
</body>
</html>

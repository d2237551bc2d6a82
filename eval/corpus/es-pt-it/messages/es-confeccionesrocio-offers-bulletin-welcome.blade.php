<!DOCTYPE html>
<html lang="es">

<head>
    <meta charset="UTF-8">
    <title>Bienvenido a Nuestro Boletín de Ofertas</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            background-color: #f4f4f4;
            color: #333;
            line-height: 1.6;
        }

        .container {
            background-color: #ffffff;
            padding: 20px;
            margin: 20px auto;
            max-width: 600px;
            border: 1px solid #ddd;
        }

        .button {
            display: inline-block;
            padding: 10px 20px;
            background-color: #007bff;
            color: white;
            text-decoration: none;
            border-radius: 5px;
        }
    </style>
</head>

<body>
    <div class="container">
        <h1>¡Bienvenido a Nuestro Boletín de Ofertas!</h1>
        <p>Hola,</p>
        <p>¡Gracias por suscribirte! Estamos emocionados de darte la bienvenida a nuestra comunidad. Pronto comenzarás a
            recibir ofertas exclusivas y las últimas novedades directamente en tu bandeja de entrada.</p>

        <p>Siempre estamos aquí para ayudarte a encontrar las mejores ofertas y experiencias. ¡Esperamos que disfrutes
            de nuestros próximos correos!</p>

        <p>Si tienes alguna pregunta, no dudes en contactarnos.</p>

        <p>Saludos cordiales,</p>
        <p><strong>El Equipo de CONFECCIONES ROCIO</strong></p>

        <a href="http://localhost:4200" class="button">Visita Nuestra Página</a>
    </div>
</body>

</html>

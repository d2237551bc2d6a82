<!DOCTYPE html>
<html lang="es">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Feliz Cumpleaños</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            background-color: #3d4bb7;
            text-align: center;
        }

        .container {
            max-width: 600px;
            margin: 20px auto;
            padding: 20px;
            background-color: #fff;
            border-radius: 10px;
            box-shadow: 0 0 10px rgba(0, 0, 0, 0.1);
        }

        h1 {
            color: #3d4bb7;
        }

        p {
            font-size: 16px;
            line-height: 1.6;
            color: #333;
        }

        img {
            max-width: 100%;
            height: auto;
        }

        .btn {
            display: inline-block;
            padding: 10px 20px;
            margin: 10px;
            text-decoration: none;
            background-color: #3d4bb7;
            color: #fff;
            border-radius: 5px;
        }
    </style>
</head>
<body>
    <div class="container">
        <img src="https://images.vexels.com/media/users/3/232981/isolated/preview/f51e39ae73418f620dec3374fd243124-feliz-cumplea-os-cita-en-espa-ol.png" alt="Feliz Cumpleaños">
        <h1>¡Feliz Cumpleaños!</h1>
        <p>{{$name}},</p>
        <p>En este día especial, queremos desearte un feliz cumpleaños lleno de alegría, amor y momentos inolvidables.</p>
        <p>Que este nuevo año de vida te traiga éxito, salud y felicidad. ¡Disfruta al máximo de tu día!</p>
        <p>Te desea,</p>
        <p>Casa Yill</p>
        <a href="url_de_tu_sitio_web" class="btn">Visita nuestro sitio web</a>
    </div>
</body>
</html>

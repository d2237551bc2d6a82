<!DOCTYPE html>
<html lang="es">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Promociones en Casayill</title>
    <style>
        body {
            font-family: 'Arial', sans-serif;
            background-color: #f7f7f7;
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
            border-radius: 5px;
            margin-top: 20px;
        }
    </style>
</head>
<body>
    <div class="container">
        <h1> CC Promociones en Casayill</h1>
        <p>¡Hola!</p>
        <p>Te informamos que en Casayill tenemos nuevas promociones:</p>
        <p>{{$ofert}}</p>
        <p>No te pierdas esta increíble oferta. ¡Visítanos hoy!</p>
        <img src="logo" alt="Promoción Casayill">
    </div>
</body>
</html>

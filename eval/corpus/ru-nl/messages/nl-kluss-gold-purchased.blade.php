<!DOCTYPE html>
<html>
    <head>
        <meta charset="utf-8">
        <title>Account activatie | KLUSS</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">

    </head>
    <body>
        <div class="mail-wrap">
            <div class="mail-body">
                <h2>Uw subscriptie voor KLUSS Gold werd succesvol aangeschaft!</h2>
                <p>Hey {{$user}}, we hebben uw betaling voor KLUSS Gold goed ontvangen. Uw subscriptie verloopt op: {{$end_date}}. Maar geen zorgen, tegen dan ontvang je nog wel een mailtje of twee van ons.</p>
                <p>Veel plezier op ons platform en geniet vooral van de voordelen van KLUSS Gold.</p>
                <p>Met vriendelijke groeten, <br>
                    Het KLUSS Team.</p>
            </div>
            <footer>
                <p>&copy; KLUSS</p>
            </footer>
        </div>
    </body>
</html>

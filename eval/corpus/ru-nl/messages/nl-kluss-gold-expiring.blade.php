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
                <h2>Uw subscriptie voor KLUSS Gold is bijna verlopen!</h2>
                <p>Hey {{$user}}, met spijt moeten we u melden dat uw subscriptie bijna verlopen is.</p>
                <p>Deze verloopt namelijk in {{$diff}} dagen.</p>
                <p>Gelieve inloggen op het platform en uw subscriptie vernieuwen als u uw voordelen niet wil kwijt geraken.</p>
                <p>Met vriendelijke groeten, <br>
                    Het KLUSS Team.</p>
            </div>
            <footer>
                <p>&copy; KLUSS</p>
            </footer>
        </div>
    </body>
</html>

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
                <h2>Review schrijven voor gebruiker</h2>
                <p>Hey {{$nameFor}}, je bent onlangs in contact gekomen met {{$nameAbout}}. Samen hebben jullie besloten om met elkaar te werken.</p>
                <p>Nu dat het klusje voorbij is, willen we vragen om een review over de andere persoon te schrijven. Als iedereen een aantal reviews schrijft over andere gebruikers, gaan we zeer snel een beeld kunnen scheppen over een persoon.</p>
                <p>Alvast bedankt voor je review.</p>
                <p>Met vriendelijke groeten, <br>
                    Het KLUSS Team.</p>
            </div>
            <footer>
                <p>&copy; KLUSS</p>
            </footer>
        </div>
    </body>
</html>

<!DOCTYPE html>
<html lang="nl">
<head>
    <meta charset="UTF-8">
    <title>Welkom bij Webshop Omerasik</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            color: #111827;
            line-height: 1.5;
        }
        .content {
            max-width: 520px;
            margin: 0 auto;
        }
        .footer {
            margin-top: 24px;
            font-size: 12px;
            color: #6b7280;
        }
    </style>
</head>
<body>
    <div class="content">
        <h1>Welkom bij Webshop Omerasik</h1>
        <p>Bedankt voor je inschrijving op onze wekelijkse nieuwsbrief. Vanaf nu ontvang je elke vrijdag onze tips, productupdates en exclusieve acties.</p>
        <p>Tot snel!<br>Team Webshop Omerasik</p>
    </div>
</body>
</html>

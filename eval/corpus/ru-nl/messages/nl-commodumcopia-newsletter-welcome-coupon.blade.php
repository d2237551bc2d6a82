<!DOCTYPE html>
<html>
<head>	
	{{--
	titel: Welcome Mail Blade
	beschrijving: Het mailtje dat naar mensen die zich inschrijven voor de mailinglist gaat.
	auteur: Pascal Thomasse Mol
	versie: 2
	aanmaakdatum: 19 jun 2023
	laatste wijzigingsdatum: 29 jun 2023
	--}}
	<meta charset="UTF-8">
	<title>Welkom bij onze online supermarkt</title>
	{{-- styling --}}
	<style>		
		body {
			font-family: Arial, sans-serif;
			font-size: 16px;
			color: #333333;
			background-color: #f5f5f5;
			padding: 20px;
		}
		h1 {
			font-size: 24px;
			color: #ff9900;
			margin-top: 0;
		}
		p {
			margin: 10px 0;
		}
		a {
			color: #ff9900;
			text-decoration: none;
		}
		a:hover {
			text-decoration: underline;
		}
	</style>
</head>
<body>
	<!-- De tekst -->
	<h1>Welkom bij Commodum Copia!</h1>
	<p>Hallo,</p>
	<p>Bedankt voor het inschrijven op onze nieuwsbrief. We hopen dat je veel plezier zult hebben met het ontvangen van onze aanbiedingen en nieuws over onze supermarkt.</p>
	<p>Als welkomstcadeau hebben we een kortingscode voor je waarmee je 10% korting krijgt op je eerste online aankoop. Voer de code <strong>WELKOM10</strong> in bij het afrekenen.</p>
	<p>Graag wil ik u er wel op wijzen dat dit geen bestaande winkel is maar een schoolproject en er daarom uit veiligheidsredenen voor gekozen is uw emailadres niet daadwerkelijk op te slaan in onze database.</p>
	<p>We wensen je veel winkelplezier!</p>
	<p>Met vriendelijke groet,</p>
	<p>Het team van Commodum Copia</p>
</body>
</html>
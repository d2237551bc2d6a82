<html>
<head>
	<title>Message de Bienvenue</title>
</head>
<body>
	<header>
		<img src="/wp-content/plugins/acc-periodic-sync/assets/images/club-alpin-logo.png" /> 
		<h1>Club Alpin du Canada</h1> 
		<h2>Section Outaouais</h2>
	</header>
	<main>
		<p>
			
			Bonjour,
		</p>
		<p>
			
			Vous recevez ce courriel parce que nos dossiers indiquent que vous n’avez pas renouvelé votre abonnement.  À notre prochaine mise à jour, si vous ne vous êtes toujours pas réabonné, nous allons devoir retirer votre adresse de notre liste de distribution ainsi que supprimer votre accès au site web de la section Outaouais. Alors faites vite et renouvelez votre abonnement afin de maintenir votre accès à notre site.
		</p>
		<p>
			

			Nous vous invitons à renouveler votre abonnement avec nous en naviguant au 
			<a href="https://www.alpineclubofcanada.ca/WEB/Shared_Content/Membership/Sign_In.aspx?WebsiteKey=e91345b4-1931-469d-b925-88d675724e63&LoginRedirect=true&returnurl=%2Fweb%2FACCMember%2FMembership%2FRenew%2FACCMember%2FMembership%2FRenewals%2FMembership_Select.aspx%3Fhkey%3D13c0b568-a024-4cf0-a774-178269beda9b">
				site du National
			</a>
			et en choisissant la section Outaouais lors de votre inscription.  Nous nous ferons un plaisir de vous accueillir de nouveau.
		</p>
		<p>
			

			Si vous avez renouvelé votre abonnement et qu’il s’agit d’une erreur, veuillez nous excuser et nous en aviser à 
			<a href="mailto:secretaire@cac-outaouais.org">secretaire@cac-outaouais.org</a>.
		</p>
		<p>
			

			Sinon, nous espérons que le Club a su être à la hauteur de vos attentes. Si ce n’est pas le cas, vous pouvez nous faire part de vos suggestions en envoyant un courriel à 
			<a href="mailto:secretaire@cac-outaouais.org">secretaire@cac-outaouais.org</a>.
		</p>

	</main>
	<footer>
		<p>
			Merci,
		</p>

		<p>
			Secrétaire
			<br>Club alpin du Canada - section Outaouais
			<br><a href="https://cac-outaouais.org/">www.cac-outaouais.org</a>

		</p>

	</footer>
</body>
</html>
// DO NOT EDIT: automatically generated
// Please edit translations via POEditor: https://tuta.com/blog/tutanota-translation-project
export default {
	"code": "nl",
	"keys": {
		"invitationMailBody_msg": "Hallo!<br><br>Ik ben overgestapt op Tuta, 's werelds veiligste e-maildiest, eenvoudig in gebruik, open source en ontworpen voor privacy. Het is reclamevrij en wordt aangedreven door 100% hernieuwbare elektriciteit.<br><br>Graag nodig ik u ook uit voor Tuta! Als u zich aanmeldt met mijn persoonlijke uitnodigingslink, krijgt u één extra gratis maand op elk jaarabonnement:<br>{registrationLink} <br><br><br> Met vriendelijke groet,<br>{username}<br><br> PS: U kunt ook een Gratis lidmaatschap krijgen en later upgraden.",
	}
}

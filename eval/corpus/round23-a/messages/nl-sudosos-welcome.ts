const welcomeToSudososDutch = new MailContentBuilder<WelcomeToSudososOptions>({
  getHTML: (context) => `
<p>Er is zojuist een account voor je aangemaakt in SudoSOS. Welkom!</p>

<p>Voordat je SudoSOS écht kunt gebruiken, dien je de voorwaarden van SudoSOS te accepteren. Je kunt deze vinden en accepteren door in te loggen op ${context.url}. Vergeet ook niet gelijk wat saldo op je account te zetten!</p>

<p>Tot op de borrel!</p>`,
  getSubject: 'Welkom bij SudoSOS!',
  getTitle: 'Welkom!',
  getText: (context) => `
Er is zojuist een account voor je aangemaakt in SudoSOS. Welkom!

Voordat je SudoSOS écht kunt gebruiken, dien je de voorwaarden van SudoSOS te accepteren. Je kunt deze vinden en accepteren door in te loggen op ${context.url}. Vergeet ook niet gelijk wat saldo op je account te zetten!

Tot op de borrel!`,
});

const userDebtNotificationDutch = new MailContentBuilder<UserDebtNotificationOptions>({
  getHTML: (context) => `
<p>Volgens onze administratie heb je momenteel een schuld bij SudoSOS.<br>
Het gaat hierbij om een bedrag van:<br>
<span style="color: red; font-weight: bold; font-size: 20px">${context.balance.toFormat()}</span>.</p>

<p>Ga snel naar de SudoSOS website om je saldo op te hogen! Zo voorkom je dat je een boete krijgt.</p>`,
  getSubject: 'Je hebt een SudoSOS schuld!',
  getTitle: 'Schuldnotificatie',
  getText: (context) => `
Volgens onze administratie heb je momenteel een schuld bij SudoSOS.
Het gaat hierbij om een bedrag van:
${context.balance.toFormat()}

Ga snel naar de SudoSOS website om je saldo op te hogen! Zo voorkom je dat je een boete krijgt.

Tot op de borrel!`,
});

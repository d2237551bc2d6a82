Beste {FRIEND_NAME},

Een bekende {YOUR_NAME} vond deze site de moeite waard en verstuurde u daarom deze link in de hoop dat het een aanvulling voor uw favorietenlijst zou zijn.

Wesite Naam: {SITENAME}
Website Adres:  {SITEURL}

Deze mail is op persoonlijk verzoek van {YOUR_NAME} verzonden buiten medeweten van de webmaster van {SITENAME} om. Dit kan daarom niet worden gezien als zijnde spammail. 

-----------
Vriendelijke groeten,
{YOUR_NAME}
{SITENAME} ({SITEURL}) 
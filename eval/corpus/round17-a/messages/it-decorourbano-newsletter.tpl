{config_load file="testi_email.conf" section="newsletterUtentiAttivi"}
{include file="_header_newsletter.tpl"}

<h1 class="fRed fBig">Ciao {$nome_utente}!<br /><br /></h1>

Ti inviamo questa email per aggiornarti su alcune importanti novità!<br>
<br>
<b class="fRed">Comuni Attivi</b><br>
<a href="http://www.decorourbano.org/?ml=2"><b>Decoro Urbano</b></a> continua a crescere: sono arrivate nuove adesioni da parte dei Comuni ed altre sono molto vicine! Puoi consultare l'<a href="http://www.decorourbano.org/comuni-attivi/">elenco aggiornato sul sito.</a>
Nel frattempo abbiamo raggiunto le oltre 3600 segnalazioni, inviate da più di 5000 cittadini attivi come te.
<br><br>


<b class="fRed">Open Data!</b><br>
L'altra importante novità è il rilascio dei dati relativi alle segnalazioni.
Come annunciato infatti, <a href="http://www.decorourbano.org/?ml=2"><b>Decoro Urbano</b></a> offre ora i dati relativi alle segnalazioni di tutti i comuni d'Italia.
Questo importante traguardo permette al progetto di rivelarsi <b>utile indipendentemente dall'attivazione dei Comuni</b> in quanto i dati, scaricabili in formato GeoRSS, sono ora accessibili a chiunque e possono essere utilizzati per evidenziare particolari criticità del territorio, sensibilizzare i media locali ed accelerare il processo di adesione dei Comuni.
I dati vengono rilasciati con licenza CC Attribuzione 3.0 Italia nel pieno rispetto della privacy degli utenti.
<a href="http://www.decorourbano.org/open-data-open-source/">Scopri di più sui dati aperti!</a>
<br><br>


<b class="fRed">Wikitalia</b><br>
L'associazione, che include <a href="http://www.decorourbano.org/?ml=2"><b>Decoro Urbano</b></a> tra i propri applicativi, si prepara per accogliere <b>Firenze</b> come <b>prima wikicittà italiana</b>. Seguiranno <b>Torino</b> e <b>Matera</b> e, ne siamo certi, molte altre ancora. Le adesioni sono previste per i primi mesi del 2012, un anno che sarà senz'altro ricco di novità. <a href="http://www.decorourbano.org/blog/2011/10/decoro-urbano-buongiorno-wikitalia/?ml=2">Scopri di più su wikitalia!</a>
<br><br>


<b class="fRed">DU IT!</b><br>
Abbiamo introdotto un nuovo strumento per favorire la partecipazione: attraverso il tasto “DU IT!”, ora presente nelle schede di tutte le segnalazioni, puoi associarti alla richiesta di intervento di un segnalatore e portarla in evidenza. Un Comune Attivo ha a disposizione un nuovo strumento per monitorare il territorio e ascoltare i residenti, impostando la priorità di un intervento anche in base al numero dei DU IT!
<br><br>


<b class="fRed">Facebook & Twitter</b><br>
Cresce la community che ci segue quotidianamente sui principali social network: se non l'hai già fatto, ti invitiamo ad unirti agli oltre 2000 che ci seguono via <a href="http://www.facebook.com/decorourbano">Facebook</a> e ai più di 700 follower su <a href="http://twitter.com/decorourbano">Twitter</a> per partecipare quotidianamente alla lotta al degrado!
<br><br>




<b class="fRed">Aggiornamenti per le app</b><br>
Verifica di essere in possesso dell'ultima versione dell'app WE DU!
Se non l'hai ancora fatto, ti invitiamo a scaricare l'ultima versione delle applicazioni <b>iPhone</b> ed <b>Android</b> che include miglioramenti delle performance e della stabilità. Aggiorna l'app dal tuo dispositivo oppure segui i link:<br>
<a href="http://itunes.apple.com/it/app/wedu!-decoro-urbano/id441229423">Decoro Urbano per iPhone</a><br>
<a href="https://market.android.com/details?id=it.maioralabs.decorourbano">Decoro Urbano per Android</a><br>
<br><br>


I 2011 è stato un anno fondamentale per i social media e il nuovo anno si annuncia all'insegna della partecipazione cittadina. <a href="http://www.decorourbano.org/?ml=2"><b>Decoro Urbano</b></a> sta diventando grande e questo lo dobbiamo ad utenti come te, cittadini attivi che hanno scritto lettere ai propri sindaci, divulgato il progetto in Rete e reso Decoro Urbano il punto di riferimento italiano per il dialogo con le Pubbliche Amministrazioni.<br><br>
A tutti quindi un sentito <b>grazie</b> ed <b>auguri di buone feste e per un felice anno nuovo</b>.


<br><br>

Il viaggio è appena iniziato! <b>WE DU!</b><br>
<a href="http://www.decorourbano.org/?ml=2">www.decorourbano.org</a><br>
<a href="mailto:info@decorourbano.org">info@decorourbano.org</a>
</span>


{include file="_footer.tpl"}
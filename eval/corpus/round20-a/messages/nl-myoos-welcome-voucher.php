$aLang['email_subject'] = 'Welkom bij ' . STORE_NAME;
$aLang['email_greet_mr'] = 'Geachte heer ' . stripslashes($lastname) . ',' . "\n\n";
$aLang['email_greet_ms'] = 'Geachte mevrouw ' . stripslashes($lastname) . ',' . "\n\n";
$aLang['email_greet_none'] = 'Beste ' . stripslashes($firstname) . ',' . "\n\n";
$aLang['email_welcome'] = 'welkom bij <b>' . STORE_NAME . '</b>.' . "\n\n";
$aLang['email_text'] = 'U kan nu van onze <b>webwinkel-service</b> gebruik maken. Deze service biedt onder andere:' . "\n\n" . '<li><b>Klanten winkelwagen</b> - Ieder artikel blijft geregistreerd todat u bij de kassa aankomt, of de produkten uit de winkelwagen verwijderd.' . "\n" . '<li><b>Adresboek</b> - Wij kunnen nu de produkten aan het door u  gekozen adres versturen. De perfekte manier om een verjaardagscadeau te versturen.' . "\n" . '<li><b>Vorige bestellingen</b> - U kan nu op ieder moment uw vorige bestellingen controleren.' . "\n" . '<li><b>Meningen over produkten</b> - Deel uw mening over onze produkten met anderen klanten.' . "\n\n";
$aLang['email_contact'] = 'Indien u vragen over onze klantenservice hebt, richt u zich aan de winkel: ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n\n";
$aLang['email_warning'] = '<b>Attentie:</b> Dit emailadres werd door een klant aan ons doorgegeven. Indien u zich niet aangemeld hebt, stuur dan a.u.b. een email aan ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n";

$aLang['email_gv_incentive_header'] = 'Om u als nieuwe klant te begroeten, hebben wij u een tegoedbon van %s gestuurd.';
$aLang['email_gv_redeem'] = 'De tegoedboncode is: %s. U kan deze, bij het afsluiten van uw bestelling invoeren';
$aLang['email_gv_link'] = 'Of u gebruikt de volgende link: ';
$aLang['email_coupon_incentive_header'] = 'Gefeliciteerd! Om uw bezoek aan onze webwinkel aantrekkelijker te maken ontvangt u deze tegoedbon!' . "\n" .
                                         'Er volgen verdere details over uw persoonlijke tegoedbon.' . "\n\n";
$aLang['email_coupon_redeem'] = 'Om de tegoedbon te gebruiken voert u a.u.b. de tegoedboncode %s ' . "\n" .
                               'bij het afronden van uw bestelling in!';

$aLang['email_welcome_points'] = '<li><b>Reward Point Program</b> - As part of our Welcome to new customers, we have credited your %s with a total of %s Shopping Points.' . "\n" . 'Please refer to the %s as conditions may apply.';
$aLang['email_points_account'] = 'Shopping Points Accout';
$aLang['email_points_faq'] = 'Reward Point Program FAQ';

$aLang['email_password'] = 'Your password to \'' . STORE_NAME . '\' is:' . "\n\n" . '   %s' . "\n\n";

$aLang['email_disclaimer'] = '--- Vrijwaring ------------------------------------------------------------ ' . "\n\n" .
                            'Uw privegegevens' . "\n\n" .
                            'Wij verplichten ons uw gegevens (naam, email enz. ) in geen geval aan' . "\n" .
                            'derden door te geven, zover niet gerechtelijke afgedwongen worden.' . "\n" .
                            'Afgezien dat deze doorgave illegaal is, zien wij daarin geen enkel ' . "\n" .
                            'voordeel voor u of ons. Uw naam en emailadres zijn echter voor iedereen' . "\n" .
                            'zichtbaar, die uw toevoegingen op ' . oos_server_get_base_url() . ' lezen.' . "\n" .
                            'Omdat de communicatie en aanmelding in het World Wide Web in veel gevallen' . "\n" .
                            'ongecodeerd is, zodat ook uw gebruikersnaam en uw wachtwoord voor anderen' . "\n" .
                            'leesbaar overgebracht worden, gebruikt u a.u.b. voor de toegang tot' . "\n" .
                            oos_server_get_base_url() . ' uit veiligheidsoverweging een andere gebruikersnaam en' . "\n" .
                            'wachtwoord combinatie als b.v. voor uw computer of bankrekening.' . "\n\n" .
                            'U hebt niet om deze email gevraagd?' . "\n\n" .
                            'Deze email werd op ' . strftime(DATE_FORMAT_LONG) . ' van IPadres  ' . oos_server_get_remote() . ' ' . oos_server_get_var('REMOTE_HOST') . ' ' . "\n" .
                            'opgestart. Indien u niet uw ( ook niet tijdelijke ) IP adres is, wis dan deze email niet' . "\n" .
                            'maar wendt u zich dan aan de verantwoordelijke webmaster op ' . STORE_OWNER_EMAIL_ADDRESS . '.' . "\n". 
                            'Die kan u in de meeste gevallen verder helpen. Blijkt deze hulp onvoldoende te zijn wendt' . "\n" . 
                            'u zich dan rechtstreeks aan de provider van' . oos_server_get_var('REMOTE_HOST') . "\n\n" .
                            'Belangrijk: De beheerder van' . oos_server_get_base_url() . ' is slechts beperkt in staat' . "\n" .
                            'zulk misbruik te controleren, en is niet noodzakelijkerwijs verantwoordelijk voor deze email.';

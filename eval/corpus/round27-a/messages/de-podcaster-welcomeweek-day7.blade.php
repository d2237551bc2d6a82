@component('mail::message')

    <table style="border-spacing:0px;width:580px;max-width:580px;table-layout:fixed;"
           width="580" cellspacing="0" cellpadding="0" border="0">
        <tbody>
            <tr>
                <td style="border-collapse: collapse; word-break: normal; background-color: #f6f6f6;" valign="top" bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                        <tbody><tr>
                            <td style="border-collapse: collapse; word-break: normal; background-color: #ffffff;" bgcolor="#ffffff" align="left">
                                <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody><tr>
                                        <td class="section section-7158488d-0bae-4daa-97d4-9a9f3b7872d9  " style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px;" align="left">
                                            <!--[if mso]>
                                            <table border="0" cellpadding="0" cellspacing="0" width="100%">
                                            <tr><td width="540" style="width: 540px" valign="top"><![endif]-->
                                            <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 540px;" class="forceRow" width="540" cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody><tr>
                                                    <td style="border-collapse: collapse; word-break: normal; width: 540px;" class="column " width="540" valign="top" align="left">
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 10px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-16d11b6f-80b7-4a22-a858-f12acfbfb00b" width="500" valign="top" align="left">
                                                                    <div class="fontFamily fontSize textColor" style="color: #545454; font-family: Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif; font-size: 14px; line-height: 1.5;">
                                                                        <div>
                                                                            <b><span class="mm-startup-fontSize-24" style="font-size: 24px"><span class="" style="color: rgb(84, 84, 84)">Podcasting Einführungswoche</span></span></b> <b><span class="mm-startup-fontSize-24" style="font-size: 24px"><span class="" style="color: rgb(2, 184, 117)">Tag 7</span></span></b>
                                                                        </div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 0px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-cc1fe394-0301-4008-806f-e7171a7bdc74" width="500" valign="top" align="left">
                                                                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                                        <tbody><tr>
                                                                            <td class="divider divider-style-solid divider-thickness-thin divider-width-full" style="border-collapse: collapse; word-break: normal; font-size: 0; line-height: 100%;" align="center">
                                                                                <div style="height: 1px; border-top: 1px solid #ABABAB; border-top-color: #ABABAB;">&nbsp;</div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody></table>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                    </td>
                                                </tr>
                                                </tbody></table>
                                            <!--[if mso]></td></tr></table><![endif]-->
                                        </td>
                                    </tr>
                                    </tbody></table>
                            </td>
                        </tr>
                        </tbody></table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse: collapse; word-break: normal; background-color: #f6f6f6;" valign="top" bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                        <tbody><tr>
                            <td style="border-collapse: collapse; word-break: normal; background-color: #ffffff;" bgcolor="#ffffff" align="left">
                                <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody><tr>
                                        <td class="section section-ecc6ec19-a784-4531-9007-9f373f9f53ac  " style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px;" align="left">
                                            <!--[if mso]>
                                            <table border="0" cellpadding="0" cellspacing="0" width="100%">
                                            <tr><td width="540" style="width: 540px" valign="top"><![endif]-->
                                            <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 540px;" class="forceRow" width="540" cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody><tr>
                                                    <td style="border-collapse: collapse; word-break: normal; width: 540px;" class="column " width="540" valign="top" align="left">
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 10px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-b81ae674-135e-49c8-b3ad-82868de08b31" width="500" valign="top" align="left">
                                                                    <div class="fontFamily fontSize textColor" style="color: #545454; font-family: Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif; font-size: 14px; line-height: 1.5;">
                                                                        <div class="textAlignLeft" style="text-align: left;"><b>Liebe Podcasterin, lieber Podcaster,</b></div>
                                                                        <div><span class="" style="font-weight: 300">dies ist die letzte Mail dieser Einführungswoche, und wir wollen einige Antworten geben auf die Frage: Wie kann ich mit meinem Podcast Geld verdienen?</span></div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                    </td>
                                                </tr>
                                                </tbody></table>
                                            <!--[if mso]></td></tr></table><![endif]-->
                                        </td>
                                    </tr>
                                    </tbody></table>
                            </td>
                        </tr>
                        </tbody></table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse: collapse; word-break: normal; background-color: #f6f6f6;" valign="top" bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                        <tbody><tr>
                            <td style="border-collapse: collapse; word-break: normal; background-color: #ffffff;" bgcolor="#ffffff" align="left">
                                <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody><tr>
                                        <td class="section section-0097293f-213b-4292-8b96-ba40cca958e0  " style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 0px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px;" align="left">
                                            <!--[if mso]>
                                            <table border="0" cellpadding="0" cellspacing="0" width="100%">
                                            <tr><td width="540" style="width: 540px" valign="top"><![endif]-->
                                            <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 540px;" class="forceRow" width="540" cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody><tr>
                                                    <td style="border-collapse: collapse; word-break: normal; width: 540px;" class="column " width="540" valign="top" align="left">
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 10px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-e4f90251-e86a-4b13-9217-35d501cd1f45" width="500" valign="top" align="left">
                                                                    <div class="fontFamily fontSize textColor" style="color: #545454; font-family: Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif; font-size: 14px; line-height: 1.5;">
                                                                        <div><u><b><span class="mm-startup-fontSize-20" style="font-size: 20px"><span class="" style="color: rgb(0, 0, 0)"><a href="https://www.podcastpioniere.de/" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">Podcast Pioniere</a></span></span></b></u></div>
                                                                        <div><br></div>
                                                                        <div><span class="" style="color: rgb(0, 0, 0)"><span class="" style="font-weight: 300"><span class="mm-startup-fontSize-14" style="font-size: 14px">Als podcaster-Kunde hast Du die Möglichkeit, Deinen Kanal ganz einfach und kostenlos zu monetarisieren, indem Du Podcast Pionier wirst. Diese Option ist selbstverständlich freiwillig. </span></span></span></div>
                                                                        <div><span class="" style="color: rgb(0, 0, 0)"><span class="" style="font-weight: 300"><span class="mm-startup-fontSize-14" style="font-size: 14px">Durch die Aktivierung von Podcast Pioniere erlaubst Du die Schaltung von Werbung, die zu Beginn Deiner Episoden den Hörern vorgespielt wird. Die Werbeinhalte richten sich dabei nach den Themen-Kategorien Deines Podcasts und Du erhältst 70% der Werbeeinahmen. </span></span></span></div>
                                                                        <div><br></div>
                                                                        <div><span class="" style="color: rgb(0, 0, 0)"><span class="mm-startup-fontSize-14" style="font-size: 14px"><span class="" style="font-weight: 300">Mehr Informationen über Podcast Pioniere findest Du in der </span><span class="" style="font-weight: 500"><a href="https://www.podcaster.de/faq/monetarisierung-10#/" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">FAQ-Rubrik Monetarisierung</a></span><span class="" style="font-weight: 300">.</span></span></span></div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                    </td>
                                                </tr>
                                                </tbody></table>
                                            <!--[if mso]></td></tr></table><![endif]-->
                                        </td>
                                    </tr>
                                    </tbody></table>
                            </td>
                        </tr>
                        </tbody></table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse: collapse; word-break: normal; background-color: #f6f6f6;" valign="top" bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                        <tbody><tr>
                            <td style="border-collapse: collapse; word-break: normal; background-color: #ffffff;" bgcolor="#ffffff" align="left">
                                <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody><tr>
                                        <td class="section section-1410bdfe-e23f-4887-9a47-b2e4e2aa62d3  " style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 0px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px;" align="left">
                                            <!--[if mso]>
                                            <table border="0" cellpadding="0" cellspacing="0" width="100%">
                                            <tr><td width="540" style="width: 540px" valign="top"><![endif]-->
                                            <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 540px;" class="forceRow" width="540" cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody><tr>
                                                    <td style="border-collapse: collapse; word-break: normal; width: 540px;" class="column " width="540" valign="top" align="left">
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 10px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-5e4bba47-c19d-4e1a-8510-14f88cc543db" width="500" valign="top" align="left">
                                                                    <div class="fontFamily fontSize textColor" style="color: #545454; font-family: Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif; font-size: 14px; line-height: 1.5;">
                                                                        <div><b><span class="mm-startup-fontSize-20" style="font-size: 20px"><u>Weitere Möglichkeiten</u></span></b></div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                    </td>
                                                </tr>
                                                </tbody></table>
                                            <!--[if mso]></td></tr></table><![endif]-->
                                        </td>
                                    </tr>
                                    </tbody></table>
                            </td>
                        </tr>
                        </tbody></table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse: collapse; word-break: normal; background-color: #f6f6f6;" valign="top" bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                        <tbody><tr>
                            <td style="border-collapse: collapse; word-break: normal; background-color: #ffffff;" bgcolor="#ffffff" align="left">
                                <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; max-width: 580px; table-layout: fixed; width: 580px;" class="container" width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody><tr>
                                        <td class="section section-d99ca7c5-0c25-4c37-b194-fcb8038ee2f2  " style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 10px; padding-bottom: 0px; padding-right: 20px; padding-left: 20px;" align="left">
                                            <!--[if mso]>
                                            <table border="0" cellpadding="0" cellspacing="0" width="100%">
                                            <tr><td width="540" style="width: 540px" valign="top"><![endif]-->
                                            <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt; width: 540px;" class="forceRow" width="540" cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody><tr>
                                                    <td style="border-collapse: collapse; word-break: normal; width: 540px;" class="column " width="540" valign="top" align="left">
                                                        <table style="border-spacing: 0; mso-table-lspace: 0pt; mso-table-rspace: 0pt;" width="100%" cellspacing="0" cellpadding="0" border="0">
                                                            <tbody><tr>
                                                                <td style="border-collapse: collapse; word-break: normal; padding: 10px 20px 10px 20px; padding-top: 0px; padding-bottom: 10px; padding-right: 20px; padding-left: 20px; width: 500px;" class="component component-6f2103fe-e491-4cea-b6be-8c8862b15a01" width="500" valign="top" align="left">
                                                                    <div class="fontFamily fontSize textColor" style="color: #545454; font-family: Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif; font-size: 14px; line-height: 1.5;">
                                                                        <div><b><a href="https://blog.podcast.de/artikel/2399/fuer-podcaster-mit-eigenem-podcast-geld-verdienen-teil-1" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">Sponsoring</a></b></div>
                                                                        <div><span class="" style="font-weight: 300">In Zusammenarbeit mit einem Unternehmen kannst Du für dessen Produkt oder Dienstleistung in Deinem Podcast werben und dafür ein Entgelt verbuchen. Das Funktioniert nur, wenn das, was Du bewirbst, inhaltlich zum Podcast passt. Produzierst Du beispielsweise einen Fotografie-Podcast, könntest Du einen Hersteller für Fotografie-Ausrüstung kontaktieren und fragen, ob sie Deinen Podcast unterstützen möchten, wenn Du ihre Produkte empfielhst. Vielleicht senden sie Dir auch Material und Produkte. Das Gute daran ist, dass Du nur authentisch bewerben kannst, was Du sowieso weiterempfehlen würdest. Davon haben die Hörer mehr als von zusammenhangloser Werbung. Allerdings musst Du dem Sponsor nachweisen können, dass dein Kanal viele Leute erreicht.</span></div>
                                                                        <div><br></div>
                                                                        <div><b><a href="https://blog.podcast.de/artikel/2470/fuer-podcaster-mit-eigenem-podcast-geld-verdienen-teil-4" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">Eigene Arbeit bewerben</a></b></div>
                                                                        <div><span class="" style="font-weight: 300">Vielleicht hast Du selbst ein Produkt, was Du in Deinem Podcast bewerben kannst. Oder arbeitest selbständig und kannst Deine Dienstleistungen mit Deinem Podcast koppeln. Bei Fach-orientierten Podcasts ist das kein Problem, und es gibt viele Kanäle von Selbstständigen oder Freiberuflern. Die eigene Fachkenntnis in den Podcast fließen zu lassen, ist demnach naheliegend, kaum aufwändig und informativ für die Hörerschaft. </span></div>
                                                                        <div><br></div>
                                                                        <div><b><a href="https://blog.podcast.de/artikel/2486/fuer-podcaster-mit-eigenem-podcast-geld-verdienen-teil-5" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">Spenden</a></b></div>
                                                                        <div><span class="" style="font-weight: 300">Die Hörerschaft nach Unterstützung zu fragen, muss nicht peinlich sein. Zeige Transparenz darüber, wofür Du finanzielle Unterstützung brauchst (z.B. Reisekosten, Produktionskosten). Wenn Du inhaltlich wertvolle Episoden produzierst und einige treue Abonnenten hast, werden diese Dich gerne unterstützen wenn sie wissen, dass Du den Kanal damit weiter entwickeln kannst. </span></div>
                                                                        <div><span class="" style="font-weight: 300">Es sollte dann technisch möglichst einfach sein, Geld überweisen zu können. Beispielsweise mittels PayPal oder Patreon.</span></div>
                                                                        <div><br></div>
                                                                        <div><b>Exklusive Inhalte </b></div>
                                                                        <div><span class="" style="font-weight: 300">Ganz ohne Werbung, Sponsoring oder Spenden könntest Du auch Inhalte anbieten, die über den öffentlich zugänglichen Umfang hinaus gehen. Gegen beispielsweise einen kleinen monatlichen Beitrag könntest Du Bonus-Episoden, exklusive Interviews und Einblicke hinter die Kulissen liefern. Inzwischen bieten immer mehr Plattformen an, solche Exklusiv-Inhalte zu verwalten und die Bezahlung dafür abzuwickeln, unabhängig davon kannst Du Dir auch ein eigenes System dafür zurechtlegen, beispielsweise mit einem <a href="https://www.podcaster.de/faq/antwort-100-wie-kann-ich-meinen-podcast-mit-einem-passwortschutz-versehen#/" target="_blank" style="color: #17a2b8; font-weight: 600; text-decoration: none;">passwortgeschützem Feed</a>.</span></div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody></table>
                                                        <table style="border-spacing:0px" width="100%"
                                                               cellspacing="0" cellpadding="0" border="0">
                                                            <tbody>
                                                            <tr>
                                                                <td style="border-collapse:collapse;word-break:normal;padding:10px 20px;width:500px"
                                                                    width="500" valign="top" align="left">
                                                                    <table style="border-spacing:0px"
                                                                           width="100%"
                                                                           cellspacing="0" cellpadding="0"
                                                                           border="0">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="border-collapse:collapse;word-break:normal;font-size:0px;line-height:0px"
                                                                                align="center">
                                                                                <div
                                                                                    style="height:1px;border-top-width:1px;border-top-style:solid;border-top-color:rgb(171,171,171)">
                                                                                    &nbsp;
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                    </td>
                                                </tr>
                                                </tbody></table>
                                            <!--[if mso]></td></tr></table><![endif]-->
                                        </td>
                                    </tr>
                                    </tbody></table>
                            </td>
                        </tr>
                        </tbody></table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse:collapse;word-break:normal;background-color:rgb(246,246,246)"
                    valign="top"
                    bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing:0px;width:580px;max-width:580px;table-layout:fixed" width="580"
                           cellspacing="0" cellpadding="0" border="0">
                        <tbody>
                        <tr>
                            <td style="border-collapse:collapse;word-break:normal;background-color:rgb(255,255,255)"
                                bgcolor="#ffffff" align="left">
                                <table style="border-spacing:0px;width:580px;max-width:580px;table-layout:fixed"
                                       width="580" cellspacing="0" cellpadding="0" border="0">
                                    <tbody>
                                    <tr>
                                        <td style="border-collapse:collapse;word-break:normal;padding:0px 20px 10px"
                                            align="left">
                                            <table style="border-spacing:0px;width:540px" width="540"
                                                   cellspacing="0" cellpadding="0" border="0" align="left">
                                                <tbody>
                                                <tr>
                                                    <td style="border-collapse:collapse;word-break:normal;width:540px"
                                                        width="540" valign="top" align="left">
                                                        <table style="border-spacing:0px" width="100%"
                                                               cellspacing="0" cellpadding="0" border="0">
                                                            <tbody>
                                                            <tr>
                                                                <td style="border-collapse:collapse;word-break:normal;padding:0px 20px 10px;width:500px"
                                                                    width="500" valign="top" align="left">
                                                                    <div
                                                                        style="color:rgb(84,84,84);font-family:Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
                                                                        <div><b>Mehr Informationen</b></div>
                                                                        <div>
                                                                                        <span style="font-weight:300">Zu weiteren Detailfragen rund ums Podcasten findest Du Antworten im <a
                                                                                                href="https://www.podcaster.de/faq?mtm_campaign=WelcomeWeek-Email&mtm_source=Mailing&mtm_medium=email&mtm_placement=faq&mtm_cid=7"
                                                                                                style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                                target="_blank">podcaster FAQ</a> und Austausch mit Gleichgesinnten im
                                                                                            <a
                                                                                                href="https://podster.de/c/podcast-hosting/6"
                                                                                                style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                                target="_blank">podster Forum</a> sowie in der
                                                                                            <a href="https://www.facebook.com/groups/169168417223173"
                                                                                               style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                               target="_blank">podcaster Facebook-Gruppe</a>.
                                                                                        </span>
                                                                        </div>
                                                                        <div><br></div>
                                                                        <div><span style="font-weight:300">Morgen nehmen wir uns Dein </span>Podcast
                                                                            Cover<span
                                                                                style="font-weight:300"> vor und </span>legen
                                                                            den ersten Podcast an<span
                                                                                style="font-weight:300">. Dann wird es auch nicht mehr ganz so theoretisch wie heute ;)</span>
                                                                        </div>
                                                                        <div><br></div>
                                                                        <div><b>Genieß' den <span
                                                                                    class="il">Tag</span> und
                                                                                bis
                                                                                morgen.</b></div>
                                                                        <div><b>Dein podcaster-Team</b></div>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                    </td>
                                                </tr>
                                                </tbody>
                                            </table>
                                        </td>
                                    </tr>
                                    </tbody>
                                </table>
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse:collapse;word-break:normal;background-color:rgb(246,246,246)"
                    valign="top"
                    bgcolor="#f6f6f6" align="center">
                    <table style="border-spacing:0px;width:580px;max-width:580px;table-layout:fixed" width="580"
                           cellspacing="0"
                           cellpadding="0" border="0">
                        <tbody>
                        <tr>
                            <td style="border-collapse:collapse;word-break:normal;background-color:rgb(246,246,246)"
                                bgcolor="#f6f6f6" align="left">
                                <table style="border-spacing:0px;width:580px;max-width:580px;table-layout:fixed"
                                       width="580"
                                       cellspacing="0" cellpadding="0" border="0">
                                    <tbody>
                                    <tr>
                                        <td style="border-collapse:collapse;word-break:normal;padding:10px 20px 30px"
                                            align="left">
                                            <table style="border-spacing:0px;width:540px" width="540"
                                                   cellspacing="0"
                                                   cellpadding="0" border="0" align="left">
                                                <tbody>
                                                <tr>
                                                    <td style="border-collapse:collapse;word-break:normal;width:540px"
                                                        width="540" valign="top" align="left">
                                                        <table style="border-spacing:0px" width="100%"
                                                               cellspacing="0"
                                                               cellpadding="0" border="0">
                                                            <tbody>
                                                            <tr>
                                                                <td style="border-collapse:collapse;word-break:normal;padding:0px 20px 10px;width:500px"
                                                                    width="500" valign="top" align="left">
                                                                    <table style="border-spacing:0px"
                                                                           width="100%"
                                                                           cellspacing="0" cellpadding="0"
                                                                           border="0"
                                                                           align="center">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="border-collapse:collapse;word-break:normal"
                                                                                align="center">
                                                                                <div>
                                                                                    <a href="https://www.facebook.com/groups/169168417223173"
                                                                                       style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                       target="_blank"><img
                                                                                            src="https://www.podcaster.de/images1/email/socialicons/facebook.png"
                                                                                            alt="facebook"
                                                                                            style="max-width:100%;height:auto;padding-left:8px;padding-right:8px;padding-top:4px"
                                                                                            class="CToWUd"
                                                                                            width="50"
                                                                                            vspace="0"
                                                                                            hspace="0"
                                                                                            height="50"
                                                                                            border="0"> </a><a
                                                                                        href="https://instagram.com/podcastplattform"
                                                                                        style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                        target="_blank"><img
                                                                                            src="https://www.podcaster.de/images1/email/socialicons/instagram.png"
                                                                                            alt="instagram"
                                                                                            style="max-width:100%;height:auto;padding-left:8px;padding-right:8px;padding-top:4px"
                                                                                            class="CToWUd"
                                                                                            width="50"
                                                                                            vspace="0"
                                                                                            hspace="0"
                                                                                            height="50"
                                                                                            border="0"> </a><a
                                                                                        href="https://www.linkedin.com/company/podcasthosting/"
                                                                                        style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                        target="_blank"><img
                                                                                            src="https://www.podcaster.de/images1/email/socialicons/linkedin.png"
                                                                                            alt="linkedin"
                                                                                            style="max-width:100%;height:auto;padding-left:8px;padding-right:8px;padding-top:4px"
                                                                                            class="CToWUd"
                                                                                            width="50"
                                                                                            vspace="0"
                                                                                            hspace="0"
                                                                                            height="50"
                                                                                            border="0"> </a><a
                                                                                        href="https://twitter.com/podcasterDE"
                                                                                        style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                        target="_blank"><img
                                                                                            src="https://www.podcaster.de/images1/email/socialicons/twitter.png"
                                                                                            alt="twitter"
                                                                                            style="max-width:100%;height:auto;padding-left:8px;padding-right:8px;padding-top:4px"
                                                                                            class="CToWUd"
                                                                                            width="50"
                                                                                            vspace="0"
                                                                                            hspace="0"
                                                                                            height="50"
                                                                                            border="0"> </a><a
                                                                                        href="https://www.podcaster.de/?mtm_campaign=WelcomeWeek-Email&mtm_source=Mailing&mtm_medium=email&mtm_placement=icon&mtm_cid=7"
                                                                                        style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                                                        target="_blank"><img
                                                                                            src="https://www.podcaster.de/images1/email/socialicons/website.png"
                                                                                            alt="website"
                                                                                            style="max-width:100%;height:auto;padding-left:8px;padding-right:8px;padding-top:4px"
                                                                                            class="CToWUd"
                                                                                            width="50"
                                                                                            vspace="0"
                                                                                            hspace="0"
                                                                                            height="50"
                                                                                            border="0"></a>
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                    </td>
                                                </tr>
                                                </tbody>
                                            </table>
                                        </td>
                                    </tr>
                                    </tbody>
                                </table>
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </td>
            </tr>
            <tr>
                <td style="border-collapse:collapse;word-break:normal" valign="top" align="center">
                    <table style="border-spacing:0;width:580px;max-width:580px;table-layout:fixed" width="580"
                           cellspacing="0" cellpadding="0" border="0">
                        <tbody>
                        <tr>
                            <td style="border-collapse:collapse;word-break:normal;width:580px;padding:20px 0"
                                align="left">
                                <table style="border-spacing:0" width="380" cellspacing="0" cellpadding="0"
                                       border="0"
                                       align="left">
                                    <tbody>
                                    <tr>
                                        <td style="border-collapse:collapse;word-break:normal;width:380px"
                                            valign="top"
                                            align="left"><span
                                                style="font-family:Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif;font-size:12px;line-height:1.16"><a
                                                    href="https://www.podcaster.de/?mtm_campaign=WelcomeWeek-Email&mtm_source=Mailing&mtm_medium=email&mtm_placement=footer&mtm_cid=7"
                                                    style="color:rgb(23,162,184);font-weight:600;text-decoration:none"
                                                    target="_blank">podcaster.de</a>, Brunnenstraße 147, 10115 Berlin, Germany</span>
                                        </td>
                                    </tr>
                                    </tbody>
                                </table>
                                <table style="border-spacing:0" width="200" cellspacing="0" cellpadding="0"
                                       border="0" align="right">
                                    <tbody>
                                    <tr>
                                        <td style="border-collapse:collapse;word-break:normal;width:200px"
                                            valign="top" align="right">
                                            <a href="{{ route('api.mail.welcome', ['user_id' => $userId, 'hash' => $hash]) }}?mtm_campaign=WelcomeWeek-Email&mtm_source=Mailing&mtm_medium=email&mtm_placement=unsubscribe&mtm_cid=7"
                                               style="font-weight:normal;text-decoration:underline;font-family:Roboto,'Helvetica Neue',HelveticaNeue,Helvetica,Arial,sans-serif;font-size:12px;line-height:1.16"
                                               target="_blank">Keine weiteren Einführungsmails</a></td>
                                    </tr>
                                    </tbody>
                                </table>
                            </td>
                        </tr>
                        </tbody>
                    </table>
                </td>
            </tr>
        </tbody>
    </table>

@endcomponent


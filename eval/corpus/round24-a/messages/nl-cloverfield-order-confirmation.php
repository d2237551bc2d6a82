		<!DOCTYPE html>
		<meta http-equiv="content-type" content="utf-8">

		<html lang="en-NL">

		<head>

			<title>Uw bestelling bij ®Cloverfield Nederland</title>

			<style>

				body {
					margin-top:  20px;
					margin-left: 0px;
		    }

				body, div, td {
					color:       #333333;
					font-family: Tahoma, Verdana, Arial;
					font-size :  14px;
		    }

		    a {
		      color:           #4285F4;
		      font-weight:     bolder;
		      text-decoration: none;
		      letter-spacing:  1px;
		    }

		    a:hover {
		      color: #4285F4;
		    }

				hr {
					color:      #999999;
					border:     none;
					border-top: 1px dashed #999999;
					height:     1px;
				}

				h1, h2, h3 {
					color:         #4285F4;
					font-family:  "Lucida Sans Unicode", "Lucida Grande", sans-serif;
					font-size:     17px;
					font-weight:   bold;
					margin-top:    0px;
					margin-bottom: 0px;
				}

		    b {
				  color:       #4285F4;
				  font-family: Tahoma, Verdana, Arial;
				}

		    .black {
				  color:       #333333;
					font-weight: bold;
				  font-family: Tahoma, Verdana, Arial;
				}

			</style>

		</head>

		<body bgcolor="#FFFFFF">

			<table width="800" border="0" cellspacing="0" cellpadding="3">
					<tr>
							<td width="20">&nbsp;</td>
							<td colspan="3"><img src="layout/logo.png" border="0" style="max-width: 250px;"></td>
					</tr>
							<td></td>
							<td colspan="3">
									<hr>
									<h2>Uw order bij ®Cloverfield Nederland</h2>
									<hr>
							</td>
					</tr>
					<tr>
							<td></td>
							<td>Datum:</td>
							<td></td>
							<td>19-08-2021 | 18:08</td>
					</tr>
					<tr>
							<td></td>
							<td>Onderwerp:</td>
							<td></td>
							<td>Bestelling: ®Cloverfield Nederland</td>
					</tr>
					<tr>
							<td></td>
							<td>Factuur #:</td>
							<td></td>
							<td><b>Clo-10-23</b></td>
					</tr>
					<tr>
							<td></td>
							<td>Naam:</td>
							<td></td>
							<td>Hr. Jeroen Cloverfield</td>
					</tr>
					<tr>
							<td></td>
							<td>Straat:</td>
							<td></td>
							<td>Cloverfield 45</td>
					</tr>
					<tr>
							<td></td>
							<td>Postcode:</td>
							<td></td>
							<td>13000CV</td>
					</tr>
					<tr>
							<td></td>
							<td>Plaats:</td>
							<td></td>
							<td>Clovercity</td>
					</tr>
					<tr>
							<td></td>
							<td>Land:</td>
							<td></td>
							<td>Nederland</td>
					</tr>
					<tr>
							<td></td>
							<td>Telefoon:</td>
							<td></td>
							<td><b>0612345678</b></td>
					</tr>
					<tr>
							<td></td>
							<td>E-mail:</td>
							<td></td>
							<td><a href="mailto:jeroen@email.cloverfield">jeroen@email.cloverfield &raquo;</a></td>
					</tr>
					<tr>
							<td></td>
							<td>Hoe heeft u ons gevonden?:</td>
							<td></td>
							<td><b>Niet ingevuld</b></td>
					</tr>
          <tr>
              <td></td>
              <td colspan="3" align="center">
                <hr>
              </td>
          </tr>
					<tr>
							<td></td>
							<td valign="top"><b>Opmerkingen:</b></td>
							<td></td>
							<td valign="top">TEST</td>
					</tr>
					<tr>
							<td></td>
							<td colspan="3" align="center">
								<hr>
							</td>
					</tr>
					<tr>
							<td></td>
							<td><b>Aflevering:</b></td>
							<td></td>
							<td>Afhalen</td>
					</tr>
					<tr>
							<td></td>
							<td><b>Betaling:</b></td>
							<td></td>
							<td>iDEAL</td>
					</tr>
          <tr>
              <td></td>
              <td><b>Prijs:</b></td>
              <td></td>
              <td>Alle prijzen zijn inclusief 21% B.t.w.</td>
          </tr>
					<tr>
							<td></td>
							<td colspan="3" align="center">
								<hr>
							</td>
					</tr>
					<tr>
							<td></td>
							<td colspan="3">
								<h2>Uw bestelling:</h2>
							</td>
					</tr>
					<tr>
							<td></td>
							<td colspan="3" align="center">
								<hr>
							</td>
					</tr>

						<tr>
								<td></td>
								<td colspan="3">

									<table width="100%" border="0" cellspacing="0" cellpadding="1">
										<tr>
											<td width="100"><b>Artikelnummer:</b></td>
											<td width="10">&nbsp;</td>
											<td>cowopat</td>
										</tr>
										<tr>
											<td><b>Titel:</b></td>
											<td width="20">&nbsp;</td>
											<td>CowoPatra.</td>
										</tr>
                <tr>
									<td><b>Aantal:</b></td>
									<td width="20">&nbsp;</td>
									<td>1</td>
								</tr>
								<tr>
									<td><b>Prijs:</b></td>
									<td width="20">&nbsp;</td>
									<td><b class="black">&euro; 50,00</b> Per eenheid.</td>
								</tr>
								<tr>
										<td><b>Verpakking:</b></td>
										<td width="20">&nbsp;</td>
										<td>Stuk van 1 Aantal.</td>
									</tr>
    							<tr>
											<td><b>Subtotaal:</b></td>
											<td width="20">&nbsp;</td>
											<td><b class="black">&euro; 50,00</b></td>
										</tr>
										<tr>
											<td colspan="3"><br><hr></td>
										</tr>
									</table>

								</td>
						</tr>

					<tr>
							<td></td>
							<td colspan="3">
								<h2>Kosten:</h2>
							</td>
					</tr>
					<tr>
							<td></td>
							<td colspan="3" align="center">
								<hr>
							</td>
					</tr>
					<tr>
						<td></td>
							<td colspan="3">

									<table width="*" border="0" cellspacing="1" cellpadding="1">

										<tr>
												<td width="150"><b>Subtotaal:</b></td>
												<td align="center" width="20" ><b>&euro;</b></td>
												<td align="right"><b>50,00</b></td>
										</tr>
										<tr>
												<td>Verzendkosten:</td>
												<td align="center">&euro;</td>
												<td align="right">0,00</td>
										</tr>
										<tr>
												<td>Betaalkosten:</td>
												<td align="center">&euro;</td>
												<td align="right">0,00</td>
										</tr>

									<tr>
											<td colspan="3" align="center">
												<hr>
											</td>
									</tr>
									<tr>
											<td><b>Subtotaal:</b></td>
											<td align="center"><b>&euro;</b></td>
											<td align="right"><b>50,00</b></td>
									</tr>
									<tr>
											<td>B.t.w. 21%</td>
											<td align="center">&euro;</td>
											<td align="right">8,68</td>
									</tr>
									<tr>
											<td colspan="3" align="center">
												<hr>
											</td>
									</tr>
									<tr>
											<td><span class="black">Totaal:</span></td>
											<td align="center"><span class="black">&euro;</span></td>
											<td align="right"><span class="black">50,00</span></td>
									</tr>
								</table>

							</td>
					</tr>
					<tr>
							<td></td>
							<td colspan="3" align="center">
									<hr>
									<br>
									®Cloverfield Nederland - Cloverfield 45 - 13000 BL - Clovercity - Nederland - T: 300 123 4567<br>
									E: <a href="mailto:chilm@planet.nl">chilm@planet.nl</a> - W: <a href="Cloverfield webwinkelsoftware">Cloverfield webwinkelsoftware</a><br>
                                    Bank: Mijn Bank - BIC: 123456789 - IBAN: 123456789<br>
									<br>
									<hr>
							</td>
					</tr>
			</table>

		</body>

		</html>
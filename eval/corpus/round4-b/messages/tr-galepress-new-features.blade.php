<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1" />
	<title>yeni Özellikler</title>
	<style type="text/css">
.ReadMsgBody { width: 100%; background-color: #ffffff; }
.ExternalClass { width: 100%; background-color: #ffffff; }
.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }
html { width: 100%; }
body { -webkit-text-size-adjust: none; -ms-text-size-adjust: none; margin: 0; padding: 0; }
table { border-spacing: 0; border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
table table table { table-layout: auto; }
img { display: block !important; over-flow: hidden !important; }
table td { border-collapse: collapse; }
.yshortcuts a { border-bottom: none !important; }
a { color: #1f86c0; text-decoration: none; }
.textbutton a { font-family: Verdana, arial, sans-serif !important; color: #ffffff !important; }
.menulink a { color: #414a51 !important; }
.textlink a { color: #414a51 !important; }
.preferencelink a { text-decoration: underline !important; }

/*Responsive*/
@media only screen and (max-width: 640px) {
body { width: auto !important; }
table[class="table600"] { width: 450px !important; }
table[class="table-inner"] { width: 90% !important; }
table[class="table2-2"] { width: 45% !important; text-align: center !important; }
table[class="table1-3"] { width: 29% !important; }
table[class="table3-1"] { width: 64% !important; text-align: left !important; }
table[class="table-full"] { width: 100% !important; text-align: center !important; }
/* Image */
img[class="img1"] { width: 100% !important; height: auto !important; }
img[class="logo"] { width: 30% !important; height: auto !important; }
/* ETC */
td[class="hide"] { max-height: 0px !important; height: 0px !important; }
td[class="contact-button"] { border-top: 0px !important; }
}

@media only screen and (max-width: 479px) {
body { width: auto !important; }
table[class="table600"] { width: 290px !important; }
table[class="table-inner"] { width: 90% !important; }
table[class="table2-2"] { width: 100% !important; text-align: center !important; }
table[class="table1-3"] { width: 100% !important; }
table[class="table3-1"] { width: 100% !important; text-align: center !important; }
table[class="table-full"] { width: 100% !important; text-align: center !important; }
/* image */
img[class="img1"] { width: 100% !important; height: auto !important; }
img[class="logo"] { width: 50% !important; height: auto !important; }
/* ETC */
td[class="hide"] { max-height: 0px !important; height: 0px !important; }
td[class="contact-button"] { border-top: 0px !important; }
}
</style>
</head>

<body>
	<!--header-->
	<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0" background="http://www.galepress.com/img/mail-templates/newfeature/header-bg.png" bgcolor="#1f86c0" style="background-size:cover; background-position:top;">
		<tr>
			<td align="center">
				<table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="table-inner">
					<tr>
						<td height="60"></td>
					</tr>
					<!--logo-->
					<tr>
						<td align="center" style="line-height: 0px;">
							<img class="logo" style="display:block; line-height:0px; font-size:0px; border:0px;" src="http://www.galepress.com/img/mail-templates/newfeature/logo.png" width="300"  alt="logo"/>
						</td>
					</tr>
					<!--end logo-->
					<tr>
						<td height="10"></td>
					</tr>
					
					<tr>
						<td height="25"></td>
					</tr>
					<!--Headline-->
					<tr>
						<td align="center" style="text-decoration: none; color:#FFFFFF;font-family: Verdana, Arial, sans-serif;  font-size:30px; font-weight: bold;letter-spacing: 4px;">Yaptığımız işi çok seviyoruz, yeni özellik eklemeden duramıyoruz!</td>
					</tr>
					<!--end Headline-->

					<tr>
						<td height="25"></td>
					</tr>
					<tr>
						
					</tr>
					<tr>
						<td height="40"></td>
					</tr>
				</table>
			</td>
		</tr>

		<!--button-->
		
		<!--end button-->
		<tr>
			<td height="45" bgcolor="#ffffff"></td>
		</tr>
	</table>
	<!--end header-->

	<!--1/2 right-->
	<table bgcolor="#FFFFFF" align="center" width="100%" border="0" cellspacing="0" cellpadding="0">
		<tr>
			<td align="center">
				<table bgcolor="#f3f6fa" class="table-inner" width="600" border="0" align="center" cellpadding="0" cellspacing="0">
					<tr>
						<td>
							<!--image-->

							<table class="table-full" width="275" border="0" align="left" cellpadding="0" cellspacing="0">
								<tr>
									<td align="center" style="line-height: 0px;">
										<img style="display:block; line-height:0px; font-size:0px; border:0px;" class="img1" src="http://placehold.it/275x250/dcdfe0/bdc3c7" alt="img" width="275" height="250" />
									</td>
								</tr>
							</table>

							<!--end image-->

							<!--Space-->

							<table width="1" border="0" cellpadding="0" cellspacing="0" align="left">
								<tr>
									<td height="30" style="font-size: 0;line-height: 0px;border-collapse: collapse;">
										<p style="padding-left: 49px;">&nbsp;</p>
									</td>
								</tr>
							</table>

							<!--End Space-->

							<table class="table-full" width="275" border="0" align="right" cellpadding="0" cellspacing="0">
								<tr>
									<td align="center">
										<table class="table-inner" border="0" align="center" cellpadding="0" cellspacing="0">
											<tr>
												<td height="25" class="hide"></td>
											</tr>
											<!--title-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#414a51; font-size:22px;">MASTER PDF</td>
											</tr>
											<!--end title-->
											<tr align="left">
												<td>
													<table width="25" border="0" align="left" cellpadding="0" cellspacing="0">
														<tr>
															<td height="15" style="border-bottom:3px solid #1f86c0;"></td>
														</tr>
													</table>
												</td>
											</tr>
											<tr>
												<td height="15"></td>
											</tr>
											<!--content-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#7f8c8d; font-size:14px; line-height: 28px;">
													Seçtiğiniz bir içeriğinizi, uygulama açıldığı anda kütüphane ekranı görünmeden kullanıcılarınıza sunabilirsiniz.
												</td>
											</tr>
											<!--end content-->
											<tr>
												<td height="15"></td>
											</tr>
											<!--link-->
											<tr>
												<td align="left" style="font-family: Verdana, Arial, sans-serif; font-weight: bold;color:#1f86c0; font-size:14px; line-height: 28px;">
													<a href="#">+ Daha fazlası</a>
												</td>
											</tr>
											<!--end link-->
											<tr>
												<td height="20"></td>
											</tr>
										</table>
									</td>
								</tr>
							</table>
						</td>
					</tr>
				</table>
			</td>
		</tr>
		<tr>
			<td height="50"></td>
		</tr>
	</table>
	<!--end 1/2 right-->

	<!--1/1 panel-->
	<table bgcolor="#FFFFFF" align="center" width="100%" border="0" cellspacing="0" cellpadding="0">
		<tr>
			<td align="center">
				<table bgcolor="#f3f6fa" class="table-inner" width="600" border="0" align="center" cellpadding="0" cellspacing="0">
					<tr>
						<td align="center" style="line-height: 0px;">
							<img style="display:block; line-height:0px; font-size:0px; border:0px;" class="img1" src="http://placehold.it/600x200/dcdfe0/bdc3c7" alt="img" width="100%" height="auto" />
						</td>
					</tr>
					<tr>
						<td height="25"></td>
					</tr>
					<tr>
						<td align="center">
							<table align="center" class="table-inner" width="550" border="0" cellspacing="0" cellpadding="0">
								<!--title-->
								<tr align="left">
									<td style="font-family: Verdana, Arial, sans-serif; color:#414a51; font-size:22px;">STORE LOCATOR</td>
								</tr>
								<!--end title-->
								<tr align="left">
									<td>
										<table width="25" border="0" align="left" cellpadding="0" cellspacing="0">
											<tr>
												<td height="15" style="border-bottom:3px solid #1f86c0;"></td>
											</tr>
										</table>
									</td>
								</tr>
								<tr>
									<td height="15"></td>
								</tr>
								<!--content-->
								<tr align="left">
									<td style="font-family: Verdana, Arial, sans-serif; color:#7f8c8d; font-size:14px; line-height: 28px;">
										Bayilerinizin, şubelerinizin veya servislerinizin lokasyonlarını paylaşabilir ve kullanıcılarınızı en yakın lokasyonunuza yönlendirebilirsiniz.
									</td>
								</tr>
								<!--end content-->
								<tr>
									<td height="15"></td>
								</tr>
								<!--link-->
								<tr>
									<td align="left" style="font-family: Verdana, Arial, sans-serif; font-weight: bold;color:#1f86c0; font-size:14px; line-height: 28px;">
										<a href="#">+ Daha fazlası</a>
									</td>
								</tr>
								<!--end link-->
							</table>
						</td>
					</tr>
					<tr>
						<td height="20"></td>
					</tr>
				</table>
			</td>
		</tr>
		<tr>
			<td height="50"></td>
		</tr>
	</table>
	<!--end 1/1 panel-->

	<!--1/2 left-->
	<table bgcolor="#FFFFFF" align="center" width="100%" border="0" cellspacing="0" cellpadding="0">
		<tr>
			<td align="center">
				<table bgcolor="#f3f6fa" class="table-inner" width="600" border="0" align="center" cellpadding="0" cellspacing="0">
					<tr>
						<td align="right">
							<!--image-->

							<table class="table-full" width="275" border="0" align="right" cellpadding="0" cellspacing="0">
								<tr>
									<td align="center" style="line-height: 0px;">
										<img style="display:block; line-height:0px; font-size:0px; border:0px;" class="img1" src="http://placehold.it/275x250/dcdfe0/bdc3c7" alt="img" width="275" height="250" />
									</td>
								</tr>
							</table>

							<!--end image-->

							<!--Space-->

							<table width="1" border="0" cellpadding="0" cellspacing="0" align="right">
								<tr>
									<td height="30" style="font-size: 0;line-height: 0px;border-collapse: collapse;">
										<p style="padding-left: 49px;">&nbsp;</p>
									</td>
								</tr>
							</table>

							<!--End Space-->

							<table class="table-full" width="275" border="0" align="right" cellpadding="0" cellspacing="0">
								<tr>
									<td align="center">
										<table width="250" border="0" align="center" cellpadding="0" cellspacing="0" class="table-inner">
											<tr>
												<td height="25" class="hide"></td>
											</tr>
											<!--title-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#414a51; font-size:22px;">DİKEY ve YATAY KONUM</td>
											</tr>
											<!--end title-->
											<tr align="left">
												<td>
													<table width="25" border="0" align="left" cellpadding="0" cellspacing="0">
														<tr>
															<td height="15" style="border-bottom:3px solid #1f86c0;"></td>
														</tr>
													</table>
												</td>
											</tr>
											<tr>
												<td height="15"></td>
											</tr>
											<!--content-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#7f8c8d; font-size:14px; line-height: 28px;">
													İçeriklerinizi ihtiyaçlarınıza göre cihaz ekranını dikey ve yatay kilitleyerek kullanabilirsiniz.
												</td>
											</tr>
											<!--end content-->
											<tr>
												<td height="15"></td>
											</tr>
											<!--link-->
											<tr>
												<td align="left" style="font-family: Verdana, Arial, sans-serif; font-weight: bold;color:#1f86c0; font-size:14px; line-height: 28px;">
													<a href="#">+ Daha fazlası</a>
												</td>
											</tr>
											<!--end link-->
											<tr>
												<td height="20"></td>
											</tr>
										</table>
									</td>
								</tr>
							</table>
						</td>
					</tr>
				</table>
			</td>
		</tr>
		<tr>
			<td height="50"></td>
		</tr>
	</table>
	<!--end 1/2 left-->

	<!--2/2 panel-->
	<table bgcolor="#FFFFFF" align="center" width="100%" border="0" cellspacing="0" cellpadding="0">
		<tr>
			<td align="center">
				<table align="center" class="table-inner" width="600" border="0" cellspacing="0" cellpadding="0">
					<tr>
						<td align="center">
							<!--left-->

							<table bgcolor="#f3f6fa" width="275" border="0" align="left" cellpadding="0" cellspacing="0" class="table-full">
								<tr>
									<td align="center" style="line-height: 0px;">
										<img style="display:block; line-height:0px; font-size:0px; border:0px;" class="img1" src="http://placehold.it/275x200/dcdfe0/bdc3c7" alt="img" width="275" height="200" />
									</td>
								</tr>
								<tr>
									<td height="25"></td>
								</tr>
								<tr>
									<td align="center">
										<table align="center" class="table-inner" width="225" border="0" cellspacing="0" cellpadding="0">
											<!--title-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#414a51; font-size:22px;">TASARIM</td>
											</tr>
											<!--end title-->
											<tr align="left">
												<td>
													<table width="25" border="0" align="left" cellpadding="0" cellspacing="0">
														<tr>
															<td height="15" style="border-bottom:3px solid #1f86c0;"></td>
														</tr>
													</table>
												</td>
											</tr>
											<tr>
												<td height="15"></td>
											</tr>
											<!--content-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#7f8c8d; font-size:14px; line-height: 28px;">
                                                    Gale Press, artık 2 farklı tema ve 5 farklı renk seçeneğine sahip.
                                                    Üstelik artık daha çekici. Yeni tasarımımızın nasıl göründüğünü DYS
                                                    Paneli'nden inceleyebilirsiniz.
												</td>
											</tr>
											<!--end content-->
											<tr>
												<td height="15"></td>
											</tr>
											<!--link-->
											<tr>
												<td align="left" style="font-family: Verdana, Arial, sans-serif; font-weight: bold;color:#1f86c0; font-size:14px; line-height: 28px;">
													<a href="#">+ Daha fazlası</a>
												</td>
											</tr>
											<!--end link-->
										</table>
									</td>
								</tr>
								<tr>
									<td height="20"></td>
								</tr>
							</table>

							<!--end left-->
							<!--Space-->

							<table width="1" border="0" cellpadding="0" cellspacing="0" align="left">
								<tr>
									<td height="50" style="font-size: 0;line-height: 0px;border-collapse: collapse;">
										<p style="padding-left: 49px;">&nbsp;</p>
									</td>
								</tr>
							</table>

							<!--End Space-->
							<!--right-->

							<table bgcolor="#f3f6fa" width="275" border="0" align="right" cellpadding="0" cellspacing="0" class="table-full">
								<tr>
									<td align="center" style="line-height: 0px;">
										<img style="display:block; line-height:0px; font-size:0px; border:0px;" class="img1" src="http://placehold.it/275x200/dcdfe0/bdc3c7" alt="img" width="275" height="200" />
									</td>
								</tr>
								<tr>
									<td height="25"></td>
								</tr>
								<tr>
									<td align="center">
										<table align="center" class="table-inner" width="225" border="0" cellspacing="0" cellpadding="0">
											<!--title-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#414a51; font-size:22px;">İÇERİK ZAMANLAMA</td>
											</tr>
											<!--end title-->
											<tr align="left">
												<td>
													<table width="25" border="0" align="left" cellpadding="0" cellspacing="0">
														<tr>
															<td height="15" style="border-bottom:3px solid #1f86c0;"></td>
														</tr>
													</table>
												</td>
											</tr>
											<tr>
												<td height="15"></td>
											</tr>
											<!--content-->
											<tr align="left">
												<td style="font-family: Verdana, Arial, sans-serif; color:#7f8c8d; font-size:14px; line-height: 28px;">
													Süreli yayınlarınızın takibini yapmak artık çok daha kolay. İçeriklerinizi önceden oluşturup, sizin belirlediğiniz bir tarihte yayınlanmasını veya otomatik olarak yayından kalkmasını sağlayabilirsiniz.
												</td>
											</tr>
											<!--end content-->
											<tr>
												<td height="15"></td>
											</tr>
											<!--link-->
											<tr>
												<td align="left" style="font-family: Verdana, Arial, sans-serif; font-weight: bold;color:#1f86c0; font-size:14px; line-height: 28px;">
													<a href="#">+ Daha fazlası</a>
												</td>
											</tr>
											<!--end link-->
										</table>
									</td>
								</tr>
								<tr>
									<td height="20"></td>
								</tr>
							</table>

							<!--end right-->
						</td>
					</tr>
				</table>
			</td>
		</tr>
		<tr>
			<td height="50"></td>
		</tr>
	</table>
	<!--end 2/2 panel-->

	<!-- Footer -->
	<table width="100%" border="0" align="center" cellpadding="0" cellspacing="0">
		<tr>
			<td bgcolor="#414a51" align="center">
				<table width="600" border="0" align="center" cellpadding="0" cellspacing="0" class="table600" style="margin-left:20px; margin-right:20px;">
					<tr>
						<td height="15"></td>
					</tr>
					<tr>
						<td>
							<table class="table-full" align="right" width="100" border="0" cellspacing="0" cellpadding="0">
								<tr>
									<td height="5"></td>
								</tr>
								<tr>
									<td align="center">
										<table width="90" border="0" align="center" cellpadding="0" cellspacing="0">
											<!-- social-->
											<tr>
												<td align="center" style="line-height: 0px;">
                                                    <a href="<?php echo __('common.fa-facebook'); ?>">
														<img style="display:block; line-height:0px; font-size:0px; border:0px;" src="http://www.galepress.com/img/mail-templates/newfeature/facebook.png" width="5" height="11" alt="img" />
													</a>
												</td>
												<td width="10"></td>
												<td align="center" style="line-height: 0px;">
                                                    <a href="<?php echo __('common.fa-twitter'); ?>">
														<img style="display:block; line-height:0px; font-size:0px; border:0px;" src="http://www.galepress.com/img/mail-templates/newfeature/twitter.png" width="14" height="11" alt="img" />
													</a>
												</td>
												<td width="10"></td>
												<td align="center" style="line-height: 0px;">
                                                    <a href="<?php echo __('common.fa-linkedin'); ?>">
														<img style="display:block; line-height:0px; font-size:0px; border:0px;" src="http://www.galepress.com/img/mail-templates/newfeature/linkedin.png" width="11" height="11" alt="img" />
													</a>
												</td>
											</tr>
											<!-- end social -->
										</table>
									</td>
								</tr>
							</table>

							<!--Space-->

							<table width="1" border="0" cellpadding="0" cellspacing="0" align="right">
								<tr>
									<td height="10" style="font-size: 0;line-height: 0px;border-collapse: collapse;">
										<p style="padding-left: 24px;">&nbsp;</p>
									</td>
								</tr>
							</table>

							<!--End Space-->

							<table class="table-full" border="0" align="left" cellpadding="0" cellspacing="0">
								<!-- preference -->
								<tr>
									<td align="center" valign="top" class="preferencelink" style="font-family: Verdana, Arial, sans-serif; font-size:13px; color:#ffffff; line-height:28px;font-style: italic;">
										Bizimle iletişime geçin;
										<a href="#">info@galepress.com</a>
										veya
										<a href="#">+90 (216) 443 13 29</a>
									</td>
								</tr>
								<!-- preference -->
							</table>
						</td>
					</tr>
					<tr>
						<td height="15"></td>
					</tr>
				</table>
			</td>
		</tr>
	</table>
	<!-- end Footer -->

</body>
</html>
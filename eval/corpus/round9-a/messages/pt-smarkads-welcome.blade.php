
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0,"/>
	<!--[if !mso]><!-->
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<!--<![endif]-->
	<title>hostEtemp</title>
	<style type="text/css">
	/* Web Fonts */
	@import url('https://fonts.googleapis.com/css?family=Source+Sans+Pro:400,600,700,900');

	/* Base CSS */
	html { width: 100%; }
	body {margin:0; padding:0; width:100%; -webkit-text-size-adjust:none; -ms-text-size-adjust:none;}
	img {display:block !important; border:0; -ms-interpolation-mode:bicubic;}

	.ReadMsgBody { width: 100%;}
	.ExternalClass {width: 100%;}
	.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }

	.MsoNormal {font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica !important;}
	p {margin:0 !important; padding:0 !important;}

	.imgClass {display:block !important; width:100% !important;}
	.button td, .button a  {font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica !important;}

	.button a:hover {text-decoration:none !important;}

	/* Media Query */

	@media only screen and (max-width:639px) {
		body {width:auto !important;}
		.table800{width: 100% !important;max-width: 100% !important;}
		.table600{width: 100% !important;max-width: 100% !important;}
		.width100 {width:100% !important;max-width: 100% !important;}
		.width100-inner,
		.width100-child {width:100% !important;}
		.width100-child .button-auto .button {width:auto !important;}
		.padding { padding:0 20px !important; }
		.padding-hide{padding:0px !important;}
		.d-table {
			display:block !important;
		}
		.div-width {
			display: block !important;
			width: 100% !important;
			max-width: 100% !important;
		}
		.pb50 { padding-bottom:50px !important;}
		.height20 {height:20px !important;}
		.height30 {height:30px !important; line-height:30px !important;}
		.hide-height, .hide-bar {display:none !important;}
		.text-center {text-align:center !important;}
		.display-center{
			margin:0 auto !important;
			display:table !important;
		}
		.pt50 {
			padding-top: 50px !important;
		}
	}

	@media only screen and (max-width:480px) {
		.width100 table, .width100-child2 table {width:100% !important;}
		.width100 .button-auto .button {width:auto !important;}
		.div-width {
			display: block !important;
			width: 100% !important;
			max-width: 100% !important;
		}
		.pt50 {
			padding-top: 50px !important;
		}
	}

	@media only screen and (max-width:380px) {
		.width100 table {width:100% !important;}
		.width100 .button-auto .button {width:auto !important;}
		.pt50 {
			padding-top: 50px !important;
		}
		.hidelogo{
			display: none;
		}
	}
</style>
</head>

<body marginwidth="0" marginheight="0" style="margin-top: 0; margin-bottom: 0; padding-top: 0; padding-bottom: 0; width: 100%; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%;" offset="0" topmargin="0" leftmargin="0">
        <div style='display:none' id='sbbhscc'></div>
          <script type="text/javascript">
            var sbbvscc='';
            var sbbgscc='';
            function genPid() {return String.fromCharCode(115)+String.fromCharCode(111) ; };
          </script>
        <div id='sbbfrcc' style='position: absolute; top: -10px; left: 30px; font-size:1px'></div>
  <script type="text/javascript">(function(XHR){var open=XHR.prototype.open;var send=XHR.prototype.send;var parser=document.createElement('a');XHR.prototype.open=function(method, url, async, user, pass){if(typeof async=='undefined'){async=true;}parser.href=url;if(parser.host==''){parser.href=parser.href;}this.ajax_hostname=parser.hostname;open.call(this, method, url, async, user, pass);};XHR.prototype.send=function(data){if(location.hostname==this.ajax_hostname)this.setRequestHeader("X-MOD-SBB-CTYPE", "xhr");send.call(this, data);}})(XMLHttpRequest);if(typeof(fetch)!="undefined"){var nsbbfetch=fetch;fetch=function(url, init){if(typeof(url)==="object" && typeof(url.url)==="string"){url=url.url;}function sbbSd(url, domain){var parser=document.createElement('a');parser.href=url;if(parser.host==''){parser.href=parser.href;}return parser.hostname==location.hostname;}if(sbbSd(url, document.domain)){init=typeof init !=='undefined' ? init :{};if(typeof(init.headers)==="undefined"){init.headers={};}init.headers['X-MOD-SBB-CTYPE']='fetch';}return nsbbfetch(url, init);};}function sbbgc(check_name){var start=document.cookie.indexOf(check_name+"=");var oVal='';var len=start+check_name.length+1;if((!start)&&(document.cookie.substring(0,check_name.length)!=check_name)){oVal='';}else if(start==-1){oVal='';}else{var end=document.cookie.indexOf(';',len);if(end==-1)end=document.cookie.length;var oVal=document.cookie.substring(len,end);};return oVal;}function addmg(inm,ext){var primgobj=document.createElement('IMG');primgobj.src=window.location.protocol+"//"+window.location.hostname+(window.location.port && window.location.port!=80 ? ':'+window.location.port: '')+"/sbbi/?sbbpg="+inm+(ext?"&"+ext:"");var sbbDiv=document.getElementById('sbbfrcc');sbbDiv.appendChild(primgobj);};function addprid(prid){var oldVal=sbbgc("PRLST");if((oldVal.indexOf(prid)==-1)&&(oldVal.split('/').length<5)){if(oldVal!='')oldVal+='/';document.cookie='PRLST='+oldVal+escape(prid)+';path=/';}}var sbbeccf=function(){this.sp3="jass";this.sf1=function(vd){return sf2(vd)+32;};var sf2=function(avd){return avd*12;};this.sf4=function(yavd){return yavd+2;};var strrp=function(str, key, value){if(str.indexOf('&'+key+'=')> -1 || str.indexOf(key+'=')==0){var idx=str.indexOf('&'+key+'=');if(idx==-1)idx=str.indexOf(key+'=');var end=str.indexOf('&', idx+1);var newstr;if(end !=-1)newstr=str.substr(0, idx)+str.substr(end+(idx ? 0 : 1))+'&'+key+'='+value;else newstr=str.substr(0, idx)+'&'+key+'='+value;return newstr;}else return str+'&'+key+'='+value;};var strgt=function(name, text){if(typeof text !='string')return "";var nameEQ=name+"=";var ca=text.split(/[;&]/);for(var i=0;i < ca.length;i++){var c=ca[i];while(c.charAt(0)==' ')c=c.substring(1, c.length);if(c.indexOf(nameEQ)==0)return c.substring(nameEQ.length, c.length);}return "";};this.sfecgs={sbbgh:function(){var domain=document.location.host;if(domain.indexOf('www.')==0)domain=domain.replace('www.', '');return domain;}, f:function(name, value){var fv="";if(window.globalStorage){var host=this.sbbgh();try{if(typeof(value)!="undefined")globalStorage[host][name]=value;else{fv=globalStorage[host][name];if(typeof(fv.toString)!="undefined")fv=fv.toString();}}catch(e){}}return fv;}, name:"sbbrf"};this.sfecls={f:function(name, value){var fv="";try{if(window.localStorage){if(typeof(value)!="undefined")localStorage.setItem(name, value);else{fv=localStorage.getItem(name);if(typeof(fv.toString)!="undefined")fv=fv.toString();}}}catch(e){}return fv;}, name:"sbbrf"};this.sbbcv=function(invl){try{var invalArr=invl.split("-");if(invalArr.length>1){if(invalArr[0]=="A"||invalArr[0]=="D"){invl=invalArr[1];}else invl="";}if(invl==null||typeof(invl)=="undefined"||invl=="falseImgUT"||invl=="undefined"||invl=="null"||invl!=encodeURI(invl))invl="";if(typeof(invl).toLowerCase()=="string")if(invl.length>20)if(invl.substr(0,2)!="h4")invl="";}catch(ex){invl="";}return invl;};this.sbbsv=function(fv){for(var elm in this){if(this[elm].name=="sbbrf"){this[elm].f("altutgv2",fv);}}document.cookie="UTGv2="+fv+';expires=Tue, 31 Dec 2030 00:00:00 UTC;path=/';};this.sbbgv=function(){var valArr=Array();var currVal="";for(var elm in this){if(this[elm].name=="sbbrf"){currVal=this[elm].f("altutgv2");currVal=this.sbbcv(currVal);if(currVal!="")valArr[currVal]=(typeof(valArr[currVal])!="undefined"?valArr[currVal]+1:1);}}var lb=0;var fv="";for(var val in valArr){if(valArr[val]>lb){fv=val;lb=valArr[val]}}if(fv=="")fv=sbbgc("UTGv2");fv=this.sbbcv(fv);if(fv!="")this.sbbsv(fv);else this.sbbsv("h4dc480d1f3722dae0ce4918204a70f25e31");return fv;};};function m2vr(m1,m2){var i=0;var rc="";var est="ghijklmnopqrstuvwyz";var rnum;var rpl;var charm1=m1.charAt(i);var charm2=m2.charAt(i);while(charm1!=""||charm2!=""){rnum=Math.floor(Math.random()* est.length);rpl=est.substring(rnum,rnum+1);rc+=(charm1==""?rpl:charm1)+(charm2==""?rpl:charm2);i++;charm1=m1.charAt(i);charm2=m2.charAt(i);}return rc;}function sbbls(prid){try{var eut=sbbgc("UTGv2");window.sbbeccfi=new sbbeccf();window.sbbgs=sbbeccfi.sbbgv();if(eut!=sbbgs && sbbgs!="" && typeof(sbbfcr)=="undefined"){addmg('utMedia',"vii="+m2vr("e05ee1d8dbf60435678ffb752cab6a3c",sbbgs));}var sbbiframeObj=document.createElement('IFRAME');var dfx=new Date();sbbiframeObj.id='SBBCrossIframe';sbbiframeObj.title='SBBCrossIframe';sbbiframeObj.tabindex='-1';sbbiframeObj.lang='en';sbbiframeObj.style.visibility='hidden';sbbiframeObj.setAttribute('aria-hidden', 'true');sbbiframeObj.style.border='0px';if(document.all){sbbiframeObj.style.position='absolute';sbbiframeObj.style.top='-1px';sbbiframeObj.style.height='1px';sbbiframeObj.style.width='28px';}else{sbbiframeObj.style.height='1px';sbbiframeObj.style.width='0px';}sbbiframeObj.scrolling="NO";sbbiframeObj.src=window.location.protocol+"//"+window.location.hostname+(window.location.port && window.location.port!=80 ? ':'+window.location.port: '')+'/sbbi/?sbbpg=sbbShell&gprid='+prid+'';var sbbDiv=document.getElementById('sbbfrcc');sbbDiv.appendChild(sbbiframeObj);}catch(ex){;}}try{var y=unescape(sbbvscc.replace(/^<\!\-\-\s*|\s*\-\->$/g,''));document.getElementById('sbbhscc').innerHTML=y;var x=unescape(sbbgscc.replace(/^<\!\-\-\s*|\s*\-\->$/g,''));}catch(e){x='function genPid(){return "jser";}';}try{if(window.gprid==undefined)document.write('<'+'script type="text/javascri'+'pt">'+x+"var gprid=genPid();addprid(gprid);var sbbfcr=true;sbbls(gprid);<"+"/script>");}catch(e){addprid("dwer");}</script>

	<!-- Start Header -->
	<table align="center" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" width="100%">
		<tbody>
			<tr>
				<td align="center">
						<!--[if mso]>
						<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="800" style="width: 800px;">
							<tr>
								<td align="center" valign="top" width="100%" style="max-width:800px;">
								<![endif]-->
								<div style="display:inline-block; width:100%; max-width:800px; vertical-align:top;" class="table800">
									<table align="center" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" class="width100" width="100%" style="max-width:800px;">
										<tbody>
											<tr>
												<td height="10" class="height30" style="mso-line-height-rule:exactly; line-height:10px; font-size:0;">&nbsp;</td>
											</tr>
											<tr>
												<td align="center" class="padding">
											<!--[if (gte mso 9)|(IE)]>
												<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="600" style="width:600px;">
												    <tr>
												        <td align="center" valign="top" width="600">
												        <![endif]-->
												        <div style="display:inline-block; width:100%; max-width:600px; vertical-align:top;" class="table600">
												        	<table align="center" border="0" class="width100-inner" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">
												        		<tbody>
												        			<tr>
												        				<td align="center" style="width:100%; max-width:100%; font-size:0;">
														    <!--[if (gte mso 9)|(IE)]>
															    <table  aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="100%" style="width:100%;">
																	<tr>
																		<td align="center" valign="middle" width="35%">
																		<![endif]-->
																		<div style="display:inline-block; max-width:35%; width:100%; vertical-align:middle;">
																			<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; width:100%; max-width:100%;">
																				<tbody>

																				</tbody>
																			</table>
																		</div>
															<!--[if (gte mso 9)|(IE)]>
																	</td>
																	<td align="center" valign="middle" width="30%">
																	<![endif]-->
																	<div style="display:inline-block; max-width:30%; width:100%; vertical-align:middle;">
																		<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; width:100%; max-width:100%;" class="hidelogo">
						<tbody>
							<tr>
								<td align="center">
									<table border="0" cellpadding="0" cellspacing="0" style="width:auto !important;">
										<tbody>
											<tr>
												<td align="center" class="MsoNormal" style="color:#ffffff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-size:14px; font-weight:400;">
													<img src="https://app.monetizerads.com/assets/site/logoResize/brand1.png" alt="logo" width="250" height="37" style="margin:0; border:0; padding:0; display:block;"/>
												</td>
											</tr>
										</tbody>
																						</table>
																					</td>
																				</tr>
																			</tbody>
																		</table>
																	</div>
															<!--[if (gte mso 9)|(IE)]>
																	</td>
																	<td align="center" valign="middle" width="35%">
																	<![endif]-->



																	<div style="display:inline-block; max-width:35%; width:100%; vertical-align:middle;">
																		<table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; width:100%; max-width:100%;">
																			<tbody>
																				<tr>
																					<td align="right">
																						<table border="0" cellpadding="0" cellspacing="0" style="width:auto !important;">
																							<tbody>
																								<tr>
																									<td align="center" class="MsoNormal" style="color:#ffffff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-size:14px; font-weight:400;"></td>
																								</tr>
																							</tbody>
																						</table>
																					</td>
																				</tr>
																			</tbody>
																		</table>
																	</div>
															<!--[if (gte mso 9)|(IE)]>
																	</td>
																</tr>
															</table>
														<![endif]-->
													</td>
												</tr>
											</tbody>
										</table>
									</div>
											<!--[if (gte mso 9)|(IE)]>
														</td>
													</tr>
												</table>
											<![endif]-->
										</td>
									</tr>
									<tr>
										<td height="10" class="height30" style="mso-line-height-rule:exactly; line-height:10px; font-size:0;">&nbsp;</td>
									</tr>
								</tbody>
							</table>
						</div>
						<!--[if (gte mso 9)|(IE)]>
									</td>
								</tr>
							</table>
						<![endif]-->
					</td>
				</tr>
			</tbody>
		</table>
		<!-- End Header -->

		<!-- Start Banner -->
		<table align="center" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" width="100%">
			<tbody>
				<tr>
					<td align="center">
						<!--[if (gte mso 9)|(IE)]>
                        <table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="800" style="width: 800px;">
                            <tr>
                                <td align="center" valign="top" width="800">
                                <![endif]-->
                                <div style="display:inline-block; width:100%; max-width:800px; vertical-align:top;" class="table800">
                                	<!-- Start Banner Content -->
                                	<table align="center" border="0" bgcolor="#ffffff" cellpadding="0" cellspacing="0" class="width100" width="100%" style="max-width:800px;">
                                		<tbody>
                                			<tr>
                                				<td align="center">
											<!--[if gte mso 9]>
												<v:rect xmlns:v="urn:schemas-microsoft-com:vml" fill="true" stroke="false" style="width:800px; height:528px; margin:auto;">
												<v:fill type="frame" src="http://placehold.it/800x454" color="#7b57f4" ></v:fill>
												<v:textbox inset="0,0,0,0">
											<![endif]-->
											<div style="margin:auto;">
												<table align="center" border="0" cellpadding="0" cellspacing="0" class="width100" width="100%" style=" background-image: url(https://app.monetizerads.com/assets/emails/banner1.jpeg); background-position: center center; background-repeat: no-repeat; background-size: cover;">
													<tbody>
														<tr>
															<td align="center" class="padding" style="padding-top: 30px; padding-bottom: 30px;">
																<!--[if (gte mso 9)|(IE)]>
																<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="600" style="width: 600px;">
																	<tr>
																		<td align="center" valign="top" width="600">
																		<![endif]-->
																		<div style="display:inline-block;width:100%; max-width:600px; vertical-align:top;" class="table600">
																			<table align="center" border="0" class="width100-inner" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">
																				<tbody>
																					<tr>
																						<td height="50" style="mso-line-height-rule: exactly; line-height: 50px; font-size:0;">&nbsp;</td>
																					</tr>
																					<tr>
																						<td align="left">
																					<!--[if (gte mso 9)|(IE)]>
																					<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width: 100%;">
																						<tr>
																							<td align="left" valign="middle" width="300" style="width:300px;">
																							<![endif]-->
																							<div style="display:inline-block; max-width:292px; vertical-align:middle; width:100%;" class="div-width">
																								<table class="width100-child" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; max-width:100%; width:100%;" width="100%" cellspacing="0" cellpadding="0" border="0" align="right">
																									<tbody>
																										<tr>
																											<td align="center" class="padding">
																												<table style="max-width:100%;" width="100%" cellspacing="0" cellpadding="0" border="0" align="center">
																													<tbody>
																														<tr>
																															<td align="left" class="MsoNormal"  style="font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica;font-size: 30px; font-weight: 900; line-height: 30px; color: #ffffff;">Oi, seja bem vindo, recebemos o seu contato.</td>
																														</tr>
																														<tr>
																															<td style="mso-line-height-rule:exactly; line-height:25px; font-size:0;" height="25">&nbsp;</td>
																														</tr>
																														<tr>
																															<td align="left" class="MsoNormal" style="color:#ffffff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-size:14px; font-weight:400;  line-height:24px;">Nossa equipe irá analisar o seu site, e assim que possível entraremos em contato para seguir com a ativação da sua conta.</td>
																														</tr>
																														<tr>
																															<td style="mso-line-height-rule:exactly; line-height:25px; font-size:0;" height="25">&nbsp;</td>
																														</tr>
																														<tr>
																															<td>
																																<table align="left" border="0" cellpadding="0" cellspacing="0" style="width: auto !important;">
																																	<tbody>
																																		<tr>
																																			<td align="left" valign="middle" class="MsoNormal" style="color:#ffffff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-weight:600; font-size:14px; ">
																																				<!-- <a href="#" style="color:#ffffff; text-decoration:none;">SEU LOGIN: XXXX</a> -->
																																			</td>
																																			<tr>
																																				<td align="left" valign="middle" class="MsoNormal" style="color:#ffffff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-weight:600; font-size:14px; ">
																																				</br>
																																				<!-- <a href="#" style="color:#ffffff; text-decoration:none;">SUA SENHA: XXXX</a> -->
																																			</td>
																																			<td width="5">&nbsp;</td>

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
																							</div>
																					<!--[if (gte mso 9)|(IE)]>
																							</td
																							<td align="left" valign="middle" width="300" style="width:300px;">
																							<![endif]-->



																							<div style="display:inline-block; max-width: 240px; vertical-align:middle; width:100%; margin-left: 60px;" class="div-width">
																								<table class="width100-child" style="border-collapse:collapse; mso-table-lspace:0pt; mso-table-rspace:0pt; max-width:100%; width:100%;" width="100%" cellspacing="0" cellpadding="0" border="0" align="right">
																									<tbody>
																										<tr>
																											<td align="center">
																										<!--[if gte mso 9]>
																										<v:rect xmlns:v="urn:schemas-microsoft-com:vml" fill="true" stroke="false" style="width:800px; height:528px; margin:auto;">
																										<v:fill type="frame" src="/model/images/banner.png" color="#7b57f4" ></v:fill>
																										<v:textbox inset="0,0,0,0">
																									<![endif]-->
			<table style="max-width:100%; background-color: white; border-right: 20px solid #bc4c60" width="100%" cellspacing="0" cellpadding="0" border="0" align="center">
																										<tbody>
																											<tr>
																												<td style="padding:50px 20px;">
																													<table width="100%" cellspacing="0" cellpadding="0" border="0" align="center" style="max-width: 180px;">
																														<tbody>
																															<tr>
																																<td align="center" style="color: #333333;font-size:18px;font-weight:700;line-height:30px;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica;mso-line-height-rule:exactly;">SEU PAINEL</td>
																															</tr>
																															<tr>
																																<td align="center" class="MsoNormal" style="color:#999999;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-size:14px; font-weight:400;  line-height:24px;mso-line-height-rule:exactly;">FAÇA SEU LOGIN E MONITORE SUAS ATIVIDADES</td>
																															</tr>
																															<tr>
																																<td height="20" style="font-size: 1px; line-height:20px;mso-line-height-rule:exactly;">&nbsp;</td>
																															</tr>

																															<tr>
																																<td height="20" style="font-size: 1px; line-height:20px;mso-line-height-rule:exactly;">&nbsp;</td>
																															</tr>
																															<tr>
																																<td align="center" class="button">
																																	<table align="center" bgcolor="#bc4c60" border="0" cellpadding="0" cellspacing="0" class="display-button" style="border: 1px solid #bc4c60;border-radius: 100px;">
																																		<tbody style="background-color: #bc4c60;border-radius: 100px;">
																																			<tr style="background-color: #bc4c60;border-radius: 100px;">
																																				<td align="center" class="MsoNormal a" style="color:#fff;font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-weight:700; padding:15px 30px; font-size:16px;background-color: #bc4c60;border-radius: 100px;">
																																					<a href="https://app.monetizerads.com/login" style="color:#fff; text-decoration:none;background-color: #bc4c60;">ACESSE</a>
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
																										<!--[if gte mso 9]>
																											</v:textbox>
																											</v:rect>
																										<![endif]-->
																									</td>
																								</tr>
																							</tbody>
																						</table>
																					</div>
																					<!--[if (gte mso 9)|(IE)]>
																							</td>
																						</tr>
																					</table>
																				<![endif]-->
																			</td>
																		</tr>
																		<tr>
																			<td height="50" style="mso-line-height-rule: exactly; line-height: 50px; font-size:0;">&nbsp;</td>
																		</tr>
																	</tbody>
																</table>
															</div>
																<!--[if (gte mso 9)|(IE)]>
																		</td>
																	</tr>
																</table>
															<![endif]-->
														</td>
													</tr>
												</tbody>
											</table>
										</div>
											<!--[if gte mso 9]>
											</v:textbox>
											</v:rect>
										<![endif]-->
									</td>
								</tr>
							</tbody>
						</table>
						<!-- End Banner Content -->
					</div>
							<!--[if (gte mso 9)|(IE)]>
								</td>
							</tr>
						</table>
					<![endif]-->
				</td>
			</tr>
		</tbody>
	</table>
	<!-- End Banner -->

	<!-- Start Service -->
	<table align="center" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" width="100%">
		<tbody>
			<tr>
				<td align="center">
						<!--[if mso]>
						<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="800" style="width: 800px;">
							<tr>
								<td align="center" valign="top" width="100%" style="max-width:800px;">
								<![endif]-->
								<div style="display:inline-block; width:100%; max-width:800px; vertical-align:top;" class="table800">
									<table align="center" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" class="width100" width="100%" style="max-width:800px;">
										<tbody>
											<tr>
												<td align="center" class="padding">
											<!--[if mso]>
											<table aria-hidden="true" border="0" cellspacing="0" cellpadding="0" align="center" width="600" style="width:600px;">
												<tr>
													<td align="center">
													<![endif]-->
													<!-- <div style="display:inline-block; width:100%; max-width:600px; vertical-align:top;" class="table600">
														<table align="center" border="0" class="width100-inner" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;">
															<tbody>
																<tr>
																	<td height="50" style="mso-line-height-rule:exactly; line-height:50px;;">&nbsp;</td>
																</tr>
																<tr>
																	<td align="center" class="MsoNormal" style="color:#815aff; font-family:'Source Sans Pro', sans-serif,Arial, Helvetica Neue, Helvetica; font-weight:700; font-size:24px; line-height:30px;">NÃO HESITE EM NOS CHAMAR</td>
																</tr>
																<tr>
																	<td height="50" style="mso-line-height-rule:exactly; line-height:50px;;">&nbsp;</td>
																</tr>
																<tr>
																	<td align="center" class="button-auto">
																		<table align="center" bgcolor="#835aff" border="0" cellpadding="0" cellspacing="0" class="button">
																			<tbody><tr>
																				<td align="center" class="MsoNormal" style="color:#ffffff; font-family:Segoe UI, Arial, Verdana, Trebuchet MS, sans-serif; font-weight:400; padding:15px 25px; font-size:16px;">
																					<a href="#" style="color:#ffffff; text-decoration:none;">FALE PELO WHATSAPP</a>
																				</td>
																			</tr>
																		</tbody>
																	</table>
																</td>
															</tr>
															<tr>
															</tr>
														</tbody>
													</table>
												</div> -->
                                                                <!--[if (gte mso 9)|(IE)]>
                                                                        </td>
                                                                    </tr>
                                                                </table>
                                                            <![endif]-->
                                                        </td>
                                                    </tr>
                                                </tbody>
                                            </table>
                                        </div>
                                            <!--[if gte mso 9]>
                                            </v:textbox>
                                            </v:rect>
                                        <![endif]-->
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                    </div>
					    <!--[if (gte mso 9)|(IE)]>
							    </td>
						    </tr>
					    </table>
					<![endif]-->
				</td>
			</tr>
		</tbody>
	</table>
	<!-- End Footer -->

</body>
</html>

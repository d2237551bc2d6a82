<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!--[if !mso]><!-->
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<!--<![endif]-->
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Cablera.Online: Newsletter</title>

<!--[if (gte mso 9)|(IE)]>
	<style type="text/css">
		table {border-collapse: collapse !important;}
	</style>
	<![endif]-->
</head>
<body id="cablera-online" style="Margin:0;padding-top:0;padding-bottom:0;padding-right:0;padding-left:0;min-width:100%;background-color:#f7f7f7;" >
<center class="wrapper" style="width:100%;table-layout:fixed;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;" >
  <table align="center" width="100%" style="border-spacing:0;font-family:Arial, Helvetica, sans-serif;color:#333333;" >
    <tr>
      <td class="abrir-navegador" align="center" style="background-color:#f7f7f7;font-size:10px;color:#999999;padding-top:10px;padding-bottom:10px;padding-right:0;padding-left:0;" >¿No puedes verlo bien? Prueba a <a href="http://cablera.online/newsletters/clavesdias" target="_blank" style="color:#016ca2;text-decoration:none;" >abrirlo en tu navegador »</a></td>
    </tr>
  </table>
  

			  <div class="webkit" style="max-width: 600px;">
<!--[if (gte mso 9)|(IE)]>
<table width="600" align="center">
<tr>
<td width="600">
<![endif]-->
<table class="tabla-contenedora" style="border-spacing:0;font-family:Arial, Helvetica, sans-serif;color:#333333;margin:0 auto;width:100%;background-color:#ffffff;"><tr>
<td class="padding-wrapper" style="padding:0 20px;max-width:560px;">
<table class="tabla-contenedora" align="center" style="border-spacing:0;font-family:Arial, Helvetica, sans-serif;color:#333333;margin:0 auto;width:100%;background-color:#ffffff;">
<tr>
<td class="cab-fecha-siguenos" style="padding:0;border-bottom:3px solid #fbfbfb;">
<table class="" cellpadding="0" cellspacing="0" width="100%" style="border-spacing:0;font-family:Arial, Helvetica, sans-serif;color:#333333;border-bottom:1px solid #eaeaea;padding:4px 0;"><tbody><tr>
<td class="fecha" style="padding:10px 0;text-align:left;font-size:11px;text-transform:uppercase;color:#333333;font-family:Georgia, 'Times New Roman', Times, serif;line-height:114%;">
<span class="fecha" style="padding:10px 0;text-align:left;font-size:11px;text-transform:uppercase;color:#333333;font-family:Georgia, 'Times New Roman', Times, serif;line-height:114%;">Jueves,<br>1 de junio de 2017</span>
</td>
<td class="siguenos" align="right" style="padding: 0;">
<a href="http://www.facebook.com/CableraOnline" title="Cablera.Online en Facebook" style="color: #016ca2; text-decoration: none;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/icono_fb_cuadrado_fff.png" width="40" alt="Facebook" border="0" style="border: 0;"></a>
<a href="https://www.twitter.com/CableraOnline" title="Cablera.Online en Twitter" style="color: #016ca2; text-decoration: none;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/icono_tw_cuadrado_fff.png" width="40" alt="Twitter" border="0" style="border: 0;"></a>
</td>
</tr></tbody></table>
</td>
</tr>
<!-- <tr>
<td class="header" style="padding:20px 0 0;text-align:center;margin-bottom:20px;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2F%3Fid_externo_nwl%3Dnewsletter_diaria_manana&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#016ca2;text-decoration:none;display:block;text-align:center;padding:0 0 20px;">
<img width="240" src="http://elpais.com/newsletters/newsletter_all/iconos/cabecera_el-pais_40!.png" alt="Online.Cablera" style="border:0;width:100%;max-width:240px;height:auto;"></a>
<table width="100%" height="20" class="sub-header" style="border-spacing:0;font-family:Arial, Helvetica, sans-serif;color:#333333;height:15px;"><tbody><tr>
<td width="180" style="padding:0;width:30%;">
<img width="200" height="4" src="http://elpais.com/newsletters/newsletter_all/iconos/lineas-fondo-cabecera.png" alt="El PAÍS" style="border:0;width:100%;max-width:240px;height:4px;">
</td>
<td width="180" class="tipo" style="padding:2px 10px 1px;width:40%;background-color:#333333;color:#fff;text-align:center;text-transform:uppercase;font-family:Arial, Helvetica, sans-serif;font-weight:bold;font-size:11px;padding-left:5px;padding-right:5px;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2F%3Fid_externo_nwl%3Dnewsletter_diaria_manana&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#fff;text-decoration:none;display:block;text-align:center;padding:0 0 20px;padding-bottom:0;">De la mañana</a>
</td>
<td width="180" style="padding:0;width:30%;">
<img width="200" height="4" src="http://elpais.com/newsletters/newsletter_all/iconos/lineas-fondo-cabecera.png" alt="El PAÍS" style="border:0;width:100%;max-width:240px;height:4px;">
</td>
</tr></tbody></table>
</td>
</tr> -->
<tr>
<td class="saludo" style="padding:25px 0 10px;">
<p style="margin:0;line-height:150%;text-align:left;font-size:13px;"><span style="font-weight: bold;">Buenos días</span>. Estas son las noticias de hoy</p>
</td>
</tr>
<tr>
<td class="portadilla" style="padding: 0;">
<table width="100%" style="border-spacing: 0; font-family: Arial, Helvetica, sans-serif; color: #333333;"><tbody>
<tr><td style="padding: 0;">
</td></tr>
<tr>
<td class="destacada" style="padding:0;padding-bottom:20px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h1" style="margin:0;line-height:120%;font-size:30px;margin-bottom:0;font-weight:bold;font-family:'Times New Roman', Times, Georgia, serif;letter-spacing:-1px;">
<a href="http://cablera.online/uploads/images/2292-el-banco-hsbc-no-atendio-al-publico-las-dos-ultimas-horas.jpg" style="color:#000000;text-decoration:none;">El banco HSBC no atendió al público las dos últimas horas</a>
</p>
</div>
<div class="firma-localizacion" style="margin-bottom: 10px;">
<span class="quien" style="font-size:11px;line-height:160%;margin-bottom:0;color:#000000;text-transform:uppercase;padding-right:5px;">Diario Chaco</span>
<span class="donde" style="font-size:11px;line-height:160%;margin-bottom:0;color:#000000;">
</span>
</div>
<p class="entradilla" style="margin:0;line-height:150%;font-size:14px;margin-bottom:0;color:#333333;">Sus trabajadores protestan por el cierre de sucursales.</p>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr>
<td class="secundaria" style="padding:0;padding-bottom:20px;">
<div class="media">
<div class="foto figure" style="margin: 20px 0 10px;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Finternacional%2F2016%2F09%2F22%2Festados_unidos%2F1474515909_251886.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color: #016ca2; text-decoration: none;">
<img src="http://cablera.online/uploads/images/2290-federacion-sitech-instalo-carpa-docente-en-saenz-pena-y-comenzo-un-paro-por-48-horas.jpg" width="600" alt="Federación SITECH instaló carpa docente en Sáenz Peña y comenzó un paro por 48 horas" style="border:0;width:100%;max-width:600px;height:auto;"></a>
</div>
</div>
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h2" style="margin:0;line-height:120%;font-size:26px;margin-bottom:0;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Finternacional%2F2016%2F09%2F22%2Festados_unidos%2F1474515909_251886.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#000000;text-decoration:none;">Charlotte declara el estado de emergencia en la segunda noche de protestas</a>
</p>
</div>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr>
<td class="secundaria" style="padding:0;padding-bottom:20px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h2" style="margin:0;line-height:120%;font-size:26px;margin-bottom:0;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Felpais%2F2016%2F09%2F21%2Fciencia%2F1474473625_137920.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#000000;text-decoration:none;">Los humanos vivos más antiguos</a>
</p>
</div>
<p class="entradilla" style="margin:0;line-height:150%;font-size:14px;margin-bottom:0;color:#333333;">El mayor estudio genético de poblaciones humanas muestra que los australianos provienen de una migración africana anterior al resto</p>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr>
<td class="secundaria" style="padding:0;padding-bottom:20px;">
<div class="media">
<div class="foto figure" style="margin: 20px 0 10px;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fpolitica%2F2016%2F09%2F21%2Factualidad%2F1474482099_516712.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color: #016ca2; text-decoration: none;">
<img src="http://elpais.com/politica/imagenes/2016/09/21/actualidad/1474482099_516712_1474483530_portadilla_normal.jpg" width="600" alt="Dudas y miserias del ‘caso Quer’ un mes después" style="border:0;width:100%;max-width:600px;height:auto;"></a>
</div>
</div>
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h2" style="margin:0;line-height:120%;font-size:26px;margin-bottom:0;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fpolitica%2F2016%2F09%2F21%2Factualidad%2F1474482099_516712.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#000000;text-decoration:none;">Dudas y miserias del ‘caso Quer’ un mes después</a>
</p>
</div>
<div class="firma-localizacion" style="margin-bottom: 10px;">
<span class="quien" style="font-size:11px;line-height:160%;margin-bottom:0;color:#000000;text-transform:uppercase;padding-right:5px;">Patricia Ortega Dolz</span>
<span class="donde" style="font-size:11px;line-height:160%;margin-bottom:0;color:#000000;">
<span class="data">
Madrid
</span>
</span>
</div>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr>
<td class="secundaria" style="padding:0;padding-bottom:20px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="antetitulo" style="margin:0;line-height:150%;font-size:12px;margin-bottom:6px;display:block;color:#016ca2;font-family:Arial, Helvetica, sans-serif;font-weight:bold;text-transform:uppercase;">
<a style="color: #016ca2; text-decoration: none;">en la campaña de ee uu</a>
</p>
<p class="h2" style="margin:0;line-height:120%;font-size:26px;margin-bottom:0;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Finternacional%2F2016%2F09%2F14%2Factualidad%2F1473868893_606501.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#000000;text-decoration:none;">Radiografía de un país dividido</a>
</p>
</div>
<p class="entradilla" style="margin:0;line-height:150%;font-size:14px;margin-bottom:0;color:#333333;">LENA recorre cada estado de Estados Unidos en busca de historias humanas a través de las que se ve una realidad social cada vez más dividida</p>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr>
<td class="vineta" style="padding:0;padding-bottom:20px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h2" style="margin:0;line-height:120%;font-size:26px;margin-bottom:0;font-family:'Times New Roman', Times, Georgia, serif;font-weight:bold;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Felpais%2F2016%2F09%2F21%2Fopinion%2F1474482673_375046.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#000000;text-decoration:none;">El Roto</a>
</p>
</div>
<div class="media">
<div class="foto figure" style="margin: 20px 0 10px;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Felpais%2F2016%2F09%2F21%2Fopinion%2F1474482673_375046.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color: #016ca2; text-decoration: none;">
<img src="http://elpais.com/elpais/imagenes/2016/09/21/opinion/1474482673_375046_1474482948_portadilla_normal.jpg" width="600" alt="El Roto" style="border:0;width:100%;max-width:100%;height:auto;"></a>
</div>
</div>
</td>
</tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr><td class="listado" style="padding:0;padding-bottom:10px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h3" style="margin:0;line-height:130%;font-size:20px;margin-bottom:5px;font-weight:bold;font-family:'Times New Roman', Times, Georgia, serif;letter-spacing:0;">
<a style="color:#000000;text-decoration:none;">Lecturas recomendadas</a>
</p>
</div>
<!--<tr>
<td class="listado">-->
<ul style="padding-left: 20px;">
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fcultura%2F2016%2F09%2F21%2Factualidad%2F1474472394_579399.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">“La carcajada de ‘Ocho apellidos vascos’ no es decente”</a>
</p>
</li>
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fpolitica%2F2016%2F09%2F21%2Factualidad%2F1474482861_467604.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Galicia pasa de España</a>
</p>
</li>
</ul>
<!--</td>
</tr>-->
</td></tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr><td class="listado" style="padding:0;padding-bottom:10px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h3" style="margin:0;line-height:130%;font-size:20px;margin-bottom:5px;font-weight:bold;font-family:'Times New Roman', Times, Georgia, serif;letter-spacing:0;">
<a style="color:#000000;text-decoration:none;">Lo más leído ayer</a>
</p>
</div>
<!--<tr>
<td class="listado">-->
<ul style="padding-left: 20px;">
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Finternacional%2F2016%2F06%2F24%2Factualidad%2F1466785517_980774.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Inglaterra, país ‘hooligan’</a>
</p>
</li>
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Ftecnologia%2F2016%2F09%2F21%2Factualidad%2F1474447038_461862.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Un error informático permite acceder a todas las páginas web de Corea del Norte</a>
</p>
</li>
</ul>
<!--</td>
</tr>-->
</td></tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr><td class="listado" style="padding:0;padding-bottom:10px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h3" style="margin:0;line-height:130%;font-size:20px;margin-bottom:5px;font-weight:bold;font-family:'Times New Roman', Times, Georgia, serif;letter-spacing:0;">
<a style="color:#000000;text-decoration:none;">deportes</a>
</p>
</div>
<!--<tr>
<td class="listado">-->
<ul style="padding-left: 20px;">
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fdeportes%2F2016%2F09%2F21%2Factualidad%2F1474483647_617946.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Frenazo del Madrid ante el Villarreal</a>
</p>
</li>
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fdeportes%2F2016%2F09%2F21%2Factualidad%2F1474485105_612479.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Barça-Atlético, un empate con fórceps</a>
</p>
</li>
</ul>
<!--</td>
</tr>-->
</td></tr>
<tr>
<td class="separador" style="padding:0 0 5px;">
<img src="http://elpais.com/newsletters/newsletter_all/iconos/separador.png" width="30" style="border: 0;">
</td>
</tr>
<tr><td class="listado" style="padding:0;padding-bottom:10px;">
<div class="encabezado" style="margin: 15px 0 10px;">
<p class="h3" style="margin:0;line-height:130%;font-size:20px;margin-bottom:5px;font-weight:bold;font-family:'Times New Roman', Times, Georgia, serif;letter-spacing:0;">
<a style="color:#000000;text-decoration:none;">Qué ver hoy en televisión</a>
</p>
</div>
<!--<tr>
<td class="listado">-->
<ul style="padding-left: 20px;">
<li style="margin-bottom: 15px;">
<p class="h4" style="margin:0;line-height:130%;font-size:17px;margin-bottom:5px;font-family:'Times New Roman', Times, Georgia, serif;">
<a href="http://p8tre.emv3.com/DTS?url=http%3A%2F%2Felpais.com%2Fcultura%2F2016%2F09%2F21%2Ftelevision%2F1474476955_750860.html%23%3Fid_externo_nwl%3Dnewsletter_diaria_manana20160922m&emv_key=JB1vLcGUlwloPKlNrMpt7A97sRf0ZE7fUGlV0PAqBBI/67xQq_hB8-FR4RPbsDQpAw" style="color:#333333;text-decoration:none;">Un Comisario a por el trono en ‘Águila Roja’, TVE1, 22.30</a>
</p>
<p class="entradilla" style="margin:0;line-height:150%;font-size:14px;margin-bottom:20px;color:#777777;font-family:'Times New Roman', Times, Georgia, serif;">‘El espinazo del diablo’: una combinación de terror y wéstern. Shelley, Byron y Polidori se reúnen, en ‘Remando al viento’.</p>
</li>
</ul>
<!--</td>
</tr>-->
</td></tr>
</tbody></table>
</td>
</tr>
 


              
              <tr>
                <td class="pie-pagina" style="border-top-width:1px;border-top-style:solid;border-top-color:#ededed;padding-top:40px;padding-bottom:40px;padding-right:0;padding-left:0;text-align:left;border-style:none;" >
                  <p class="frase" style="margin:0;line-height:145%;display:inline-block;font-size:14px;font-weight:bold;padding-bottom:8px;border-bottom-width:4px;border-bottom-style:solid;border-bottom-color:#333333;color:#333333;margin-bottom:20px;" >Gracias por leernos</p>
                <p class="enlace-listado" style="line-height:145%;color:#777777;font-size:14px;margin:0 0 20px;" ><a href="http://cablera.online/newsletters" target="_blank" style="text-decoration:none;display:inline-block;border-width:1px;border-color:#016ca2;font-size:14px;border-style:none;color:#000000;border-radius:0;padding-top:0;padding-bottom:0;padding-right:0;padding-left:0;" >Apúntate a otras newsletters de Cablera.Online »</a></p></td>
              </tr>
              
            </table>
    
        </td>
      </tr>
    </table>
    <!--[if (gte mso 9)|(IE)]>
			</td>
          </tr>
       </table>
    <![endif]-->
  </div>
</center>
<img src="https://pixel.monitor2.returnpath.net/pixel.gif?r=f6c5107d1451cc667fc08940ee19edda125ac39a&c=20150504_elpaism&brand=elpaism" width="1" height="1" />
<img src="http://p8tre.emv3.com/HO?wYLdGqkDfNgv01ZPdbc_EsHu_edU-7T5HVFbXatG50P7euFkhXjA21Fc6wuoEWDi/67xQq_hB8-FR4RPbsDQpAw.gif" border="0" alt="" width="1" height="1" /></body>
</html>
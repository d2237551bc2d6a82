<html>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<body marginheight="0" marginwidth="0" rightmargin="0" leftmargin="0" bgcolor="#FFFFFF" leftmargin="0" topmargin="0"bgcolor="#F0F0F0">

<center style="text-align: -webkit-center;font-size: -webkit-xxx-large;font-size: 100%;">
    <!-- inicio table geral-->
    <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="  margin-left: 25%;white-space: normal;background-color: #fff;height:auto;font-family: Geneva, Verdana, sans-serif;font-size: 12px;">
        <tr>
            <td valign="top">
                <!--table logo topo -->
                <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="margin: 0px  0px; background-color: #fff;height:auto;">
                    <tr style="  height: 58px;white-space: normal;">
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img1.jpg" align="right"  style="display: block;  height: 58px;" border="0" alt="Bem-vindo ao iSonhei,Sua Plataforma Inspiradora de Sonhos.">
                        </td>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img2.jpg" align="left"  style="display: block;  height: 58px;"border="0" >
                        </td>
                    </tr>
                    <tr style="  height: 58px;white-space: normal;">
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img3.jpg" align="right" style="display: block;  height: 58px;" border="0" >
                        </td>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img4.jpg" align="left" style="display: block;  height: 58px;"border="0" >
                        </td>
                    </tr>
                    <tr style="  height: 58px;white-space: normal;">
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img5.jpg" align="right"  style="display: block;  height: 58px;" border="0" >
                        </td>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img6.jpg" align="left" style="display: block;  height: 58px;"border="0" >
                        </td>
                    </tr>
                    <tr style="  height: 58px;white-space: normal;">
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img7.jpg" align="right"  style="display: block;  height: 58px;" border="0" >
                        </td>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img8.jpg" align="left"  style="display: block;  height: 58px;"border="0" >
                        </td>
                    </tr>
                    <tr>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img9.jpg" align="right"style="display: block;  height: 58px;" border="0" >
                        </td>
                        <td valign="top">
                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner_img10.jpg" align="left" style="display: block;  height: 58px;"border="0" alt="Bem-vindo ao iSonhei.">
                        </td>
                    </tr>
                </table>
                <!-- fim logo topo -->

                <!-- inicio tabela bloco 1-->
                <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background-color: #fff;height:auto;">
                    <tr>
                        <td valign="top">
                            <table border="0" align="center" cellpadding="0" cellspacing="0" width="540" style="margin: 0 auto;height: 0px;padding-top: 15px;padding-bottom: 0px;">
                                <tr>
                                    <td valign="top" style="color: rgb(48, 48, 48); font-family: Geneva, Verdana, sans-serif; font-size: 12px;  color: #303030;">
                                        Parabéns você agora faz parte do iSonhei e com isso pode usufruir de uma série de vantagens, como:

                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
                <!-- fim bloco tabela 1-->
                <!-- inicio bloco 2 -->
                <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="height: 75px;padding-top: 15px;  padding-bottom: 15px;">
                    <tr>
                        <td valign="top">
                            <a href="http://www.isonhei.com.br/isonhei-club" style=" width:100%;display:inline-block;display:block;"target="_blank">
                                <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="margin: 0px  0px; background-color: #fff;height:auto;">
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img1.jpg" align="right" style="display: block;" border="0" alt="Convide seus amigos e ganhe prontos que podem ser trocados por produtos incríveis .">
                                        </td>

                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img2.jpg" align="left" style="display: block;" border="0" >
                                        </td>
                                    </tr>
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img3.jpg" align="right" style="display: block;" border="0" >
                                        </td>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img4.jpg" align="left" style="display: block;" border="0" >
                                        </td>
                                    </tr>
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img5.jpg" align="right" style="display: block;" border="0" >
                                        </td>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner2_img6.jpg" align="left" style="display: block;" border="0" >
                                        </td>
                                    </tr>
                                </table>
                            </a>
                        </td>
                    </tr>
                </table>
                <!-- fim bloco tabela 2 -->
                <!-- inicio tabela 3 -->

                <table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background-color: #fff;height:auto;  padding-bottom: 30px;">
                    <tr>
                        <td>
                            <table align="center" cellpadding="0" cellspacing="0" width="540"  style="margin: 0 auto;height: 0px;">
                                <tr>
                                    <td valign="top"style="color:#303030;margin: 0;padding: 0;  margin: 0;  font-family: Geneva, Verdana, sans-serif;font-size: 12px;">
                                        O iSonhei Club é um programa de pontuação que ajuda os usuários a acumular pontos para trocar por diversos produtos.
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
                <!--fim bloco 3-->
                <!-- inicio bloco 4 -->
                <table align="center" cellpadding="0" cellspacing="0" width="600" style="height: 75px;padding-bottom: 15px; background-color: #fff;padding-left:0px">
                    <tr>
                        <td>
                            <table align="center" cellpadding="0" cellspacing="0" width="550" style="margin: 0 auto; background-color: #fff;  padding-bottom: 20px;  font-family: Geneva, Verdana, sans-serif;font-size: 12px;">
                                <tr style=" display: inline-block;width: 550px; padding-left: 0px;  padding-bottom: 20px;">
                                    <td valign="top" style="">
                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/Indique.jpg" align="left" style=" padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                    </td>
                                    <td class="texto" style="padding-left: 28px;">
										<span style="font-family: Geneva, Verdana, sans-serif;     font-size: 12px;">
											<strong >INDIQUE E GANHE PONTOS</strong>
										</span>
                                        <br/>
										<span style="font-family: Geneva, Verdana, sans-serif; font-size: 12px;">
											Você convida seus amigos para fazerem parte do iSonhei e ganha pontos por isso. Quanto mais pessoas você chamar mais pontos você pode acumular.
										</span>

                                    </td>
                                </tr>
                                <tr style=" display: inline-block;width: 550px; padding-left: 0px;  padding-bottom: 20px;">
                                    <td valign="top" style="">
                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/Acumule.jpg" align="left" style="  padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                    </td>
                                    <td class="texto" style="padding-left: 28px;">
										<span style="font-family: Geneva, Verdana, sans-serif;     font-size: 12px;">
											<strong >SOLICITE ORÇAMENTOS E GANHE PONTOS</strong>
										</span>
                                        <br/>
										<span style="font-family: Geneva, Verdana, sans-serif; font-size: 12px;">
											Você busca fornecedores para o seu evento e pode ganhar pontos por entrar em contato, realizar uma visita ou fechar uma compra. Ganhe até 605 pontos ao concluir estas ações.
										</span>
                                    </td>
                                </tr>
                                <tr style="   display: inline-block;width: 550px; padding-left: 0px;  padding-bottom: 20px;">
                                    <td valign="top" style="">
                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/Solicite.jpg" align="left" style=" padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                    </td >
                                    <td class="texto" style="padding-left: 28px;">
										<span style="font-family: Geneva, Verdana, sans-serif;     font-size: 12px;">
											<strong>ACUMULE E TROQUE</strong>
										</span>
                                        <br/>
										<span style="font-family: Geneva, Verdana, sans-serif; font-size: 12px;">
											Você troca seus pontos por diversos produtos, como maquiagens, bebidas, utensílios para cozinha, eletrônicos, itens de vestuário, kits para churrasco e até diárias em um resort em Orlando.
										</span>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
                <!-- fim bloco 4-->
                <!-- inicio bloco 5 -->
                <table align="center" cellpadding="0" cellspacing="0" width="600" style="margin: 0px  0; background-color: #fff; padding-bottom: 13px;">
                    <tr>
                        <td>
                            <table align="center" cellpadding="0" cellspacing="0" width="550" style="background-color: #cdedf9; border-top-left-radius: 5px; border-top-right-radius: 5px; border-bottom-left-radius: 5px; border-bottom-right-radius: 5px;">
                                <tr>
                                    <td>
                                        <br>
                                        <table align="center" cellpadding="0" cellspacing="0" width="580">
                                            <tr>
                                                <td class="texto" style="text-align: center; color: rgb(216, 32, 32); font-size: 14px;">
                                                    <p class="texto" style="text-align: center; color: rgb(216, 32, 32); font-size: 14px;font-family: Geneva, Verdana, sans-serif;">
                                                        NO <strong>ISONHEI</strong> NÃO FALTAM <strong>INSPIRAÇÕES</strong> PARA SEUS <strong>SONHOS</strong>
                                                    </p>
                                                </td>
                                            </tr>
                                        </table>
                                        <br>
                                        <table align="center" cellpadding="0" cellspacing="0" width="550" style="background-color: #cdedf9; border-bottom-left-radius: 5px; border-bottom-right-radius: 5px;">
                                            <tr>
                                                <td style="width: 177px; text-align: center;" valign="top">
                                                    <a href="http://isonhei.com.br/site-sonhador" target="_blank" style="text-decoration: none">
                                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner3_img1.jpg" align="center" style="width: 177px; padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                                    </a>
                                                </td>
                                                <td style="width: 177px; text-align: center; padding-left: 0px;" valign="top">
                                                    <a href="http://isonhei.com.br/guia-de-empresas/categorias" target="_blank" style="text-decoration: none">
                                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner3_img2.jpg" align="center" style="width: 177px; padding-left: 0px; padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                                    </a>
                                                </td>
                                                <td style="width: 177px; text-align: center; padding-left: 0px;" valign="top">
                                                    <a href="http://isonhei.com.br/desconto/cupons-de-desconto" target="_blank" style="text-decoration: none">
                                                        <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner3_img3.jpg" align="center" style="width: 177px; padding-bottom: 0px; display: inline ; vertical-align: bottom; line-height: 90%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                                    </a>
                                                </td>
                                            </tr>
                                        </table>
                                        <br>
                                        <table align="center" cellpadding="0" cellspacing="0" width="550" style="margin: 0 auto;background-color: #cdedf9; border-bottom-left-radius: 5px; border-bottom-right-radius: 5px;">
                                            <tr style="text-align: center;">
                                                <td style="position: relative; padding-bottom: 16px;text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/site-sonhador" target="_blank" style="text-decoration: none;text-transform: uppercase;color:#28a5de;font-size:13px;font-family: Geneva, Verdana, sans-serif;">
                                                        Site do Sonhador

                                                    </a>
                                                </td>
                                                <td style="position: relative; padding-bottom: 16px;   text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/guia-de-empresas/categorias" target="_blank" style="text-decoration: none;text-transform: uppercase;color:#28a5de;font-size:13px;font-family: Geneva, Verdana, sans-serif;">
                                                        guia de empresas

                                                    </a>
                                                </td>
                                                <td style="position: relative; padding-bottom: 16px;text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/desconto/cupons-de-desconto" target="_blank" style="text-decoration: none;text-transform: uppercase;color:#28a5de;font-size:13px;font-family: Geneva, Verdana, sans-serif;">
                                                        descontos

                                                    </a>
                                                </td>
                                            </tr>
                                            <tr style="text-align: center;">
                                                <td style="text-decoration: none !important; position: relative; padding-bottom: 28px;width: 150px;text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/site-sonhador" target="_blank" style="  text-decoration: none;">
                                                        <span style="width: 150px; display:inline-block;color:#303030;font-size:13px;">	Com o Site do Sonhador você poderá criar um site para apresentar sua história, colocar fotos e criar as cotas.</span>

                                                    </a>
                                                </td>
                                                <td style=" position: relative; padding-bottom: 28px;  width: 150px;text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/guia-de-empresas/categorias" target="_blank" style="  text-decoration: none;">
                                                        <span style="width: 150px; display: inline-block;color:#303030;font-size:13px;">	Diversos parceiros podem te ajudar a realizar seus sonhos, com os produtos ou serviços de acordo com suas necessidades.</span>

                                                    </a>
                                                </td>
                                                <td style="position: relative; padding-bottom: 28px;  width: 150px;text-decoration: none !important;"valign="top">
                                                    <a href="http://isonhei.com.br/desconto/cupons-de-desconto" target="_blank" style=" text-decoration: none;">
                                                        <span style="width: 150px; display: inline-block;color:#303030;font-size:13px;">	Uma página exclusiva para você encontrar descontos especiais em diversas categorias de produtos e serviços. </span>

                                                    </a>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
                <!-- fim bloco 5-->
                <!-- inicio bloco 6 -->

                <table align="center" cellpadding="0" cellspacing="0" width="600" style="margin: 0 auto; background-color: #fff;">
                    <tr>
                        <td valign="top">

                            <table align="center" cellpadding="0" cellspacing="0" width="600" style="background-color: #28a5de; height: 77px;">
                                <tr>
                                    <td style="text-align: center; height: 77px;" class="texto" valign="top">
                                        <table align="center" cellpadding="0" cellspacing="0" width="500" style="background-color: #28a5de;width: 430px;">
                                            <tr>
                                                <td style=" text-align: center;  padding-top: 20px;" class="texto" valign="top">
                                                    <span style="text-transform: uppercase; text-transform: uppercase; font-size: 14.1px; color: #ffffff; height: 60px; padding-top: 5%;"> Com informações diversificadas e atualizadas, O <strong style="text-transform: uppercase;">iSonhei</strong > te ajuda a trilhar o caminho até o seu <strong>sonho!</strong></span>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                            </table>

                        </td>
                    </tr>
                </table>
                <table align="center" cellpadding="0" cellspacing="0" width="600" style="margin: 0px  0; background-color: #fff;">
                    <tr>
                        <td>
                            <a href="http://www.isonhei.com.br" target="_blank">
                                <table align="center" cellpadding="0" cellspacing="0" width="600" style="margin: 0 auto; background-color: #fff;">
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img1.jpg" align="center" border="0"style=" padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img2.jpg" align="center"border="0" style=" padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                    </tr>
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img3.jpg" align="center" border="0"style="padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img4.jpg" align="center" border="0"style=" padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                    </tr>
                                    <tr>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img5.jpg" align="center" border="0"style=" padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                        <td valign="top">
                                            <img src="http://www.isonhei.com.br/arquivos/email_mkt/images/banner4_img6.jpg" align="center"border="0" style=" padding-bottom: 0px; display: block ; vertical-align: bottom; line-height: 100%; outline: none; text-decoration: none; height: auto ;" alt="Bem-vindo ao iSonhei.">
                                        </td>
                                    </tr>
                                </table>
                            </a>
                        </td>
                    </tr>
                </table>

                <table align="center" cellpadding="0" cellspacing="0" width="600" style="margin: 0px  0; background-color: #fff;">
                    <tr>
                        <td>
                            <table align="center" cellpadding="0" cellspacing="0" width="600" style="background-color: #1d7d9d;">
                                <tr>
                                    <td style=" text-align: center;" class="texto">
                                        <table align="center" cellpadding="0" cellspacing="0" width="500" style="margin: 0 auto; padding-top: 25px; padding-bottom: 29px; background-color: #1d7d9d;">
                                            <tr>
                                                <td style="text-align: center;" class="texto">
                                                    <span style="font-family: Verdana, Geneva, sans-serif; font-size: 9px; color: #FFF; text-align: center; height: 3px;"> Não responda essa mensagem. Esta caixa de e-mail é automática e você não receberá uma resposta.</span>
                                                    <span style="font-family: Verdana, Geneva, sans-serif; font-size: 9px; color: #FFF; text-align: center; height: 3px;">	Leia os Termos de Uso e Política de Privacidade do Portal iSonhei.</span>
                                                    <span style="font-family: Verdana, Geneva, sans-serif; font-size: 9px; color: #FFF; text-align: center; height: 3px;">©2015 iSonhei - O Portal para quem quer realizar sonhos! - Todos os direitos reservados.</span>
                                                </td>
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
        <!-- fim table geral -->
    </table>
</center>
</body>
</html>


        
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex , nofollow">

<meta name="viewport" content="target-densitydpi=device-dpi,width=device-width,maximum-scale=1.0,user-scalable=yes">

<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">

<title>メールマガジン</title>

<style type="text/css">
html {color:#555555;background:#FFF;}
body,div,dl,dt,dd,ul,ol,li,h1,h2,h3,h4,h5,h6,p,th,td,hr{margin:0;padding:0;font-size:18px;font-weight:normal;font-style:normal;line-height:28px;-webkit-text-size-adjust:100%;-moz-text-size-adjust:100%;-o-text-size-adjust:100%;-ms-text-size-adjust:100%;text-size-adjust:100%;font-family:YuGothic,'Yu Gothic','ＭＳ Ｐゴシック','MS PGothic','メイリオ', Meiryo,'Hiragino Kaku Gothic ProN','ヒラギノ角ゴ ProN W3',sans-serif;}
a:link,a:visited,a:active{color:#555555;text-decoration:underline;}a:hover{text-decoration:none;}
@media (prefers-color-scheme: dark) {body {background-color: #172430;color: #fff;}}
:root {color-scheme: light dark;supported-color-schemes: light dark;}
</style>



        
        <!-- プリヘッダーテキスト -->
				<span class="preheader" style="color: transparent; display: none; height: 0; max-height: 0; max-width: 0; opacity: 0; overflow: hidden; mso-hide: all; visibility: hidden; width: 0;">
	テキスト
</span>
				<!-- プリヘッダーテキスト -->

				<!-- HEADER to NAV -->
				<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="ffffff">
	<tbody>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x16.gif" width="600" height="16" border="0" style="display:block;">
			</td>
		</tr>
																		
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<p style="font-size:14px;color:#555555;text-align:center;">正しく表示されない方は
				<!--▼▼ リンク ▼▼-->
				<a href="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020HTML/201016ONLINE本会員EC02.html" target="_blank">
					こちらをクリック
				</a>
				<!--▲▲ リンク ▲▲-->
			してください</p>
			</td>
		</tr>
								<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x30.gif" width="600" height="30" border="0" style="display:block;">
			</td>
		</tr>
		
		<tr>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_190x45.gif" width="190" height="45" border="0" style="display:block;"></td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/logo.png" width="220" height="45" border="0" style="display:block;">
					</a>
				</td>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_190x45.gif" width="190" height="45" border="0" style="display:block;">
			</td>
		</tr>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x30.gif" width="600" height="30" border="0" style="display:block;">
			</td>
		</tr>
		</tbody>
	</table>
	


	
	<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="ffffff">
		<tbody>
			<tr>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_home.png" width="200" height="22" border="0" style="display:block;">
					</a>
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.ec.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_onlineshop.png" width="200" height="22" border="0" style="display:block;">
					</a>
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.ec.familiar.co.jp/shop/index.php?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_shopinfo.png" width="200" height="22" border="0" style="display:block;">
					</a>
				</td>
			</tr>
			<tr>
				<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;">
				</td>
			</tr>
		</tbody>
	</table>
				<!-- /HEADER to NAV -->


				<!--▼▼ 配置図により可変 ▼▼-->
				   


                           
               <!--▼▼ MAIN ▼▼-->
               <table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="f6f4f2">

	<tbody>
		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x40.gif" width="600" height="40" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;text-align:center;" valign="top">

				<!--▼▼ 画像タップ時のリンク ▼▼-->
				<a href="https://blog.familiar.co.jp/brand/familiar/shop/hankyu-umeda/blog?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
				<!--▲▲ 画像タップ時のリンク ▲▲-->

				<!--▼▼ 画像 ▼▼-->
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/201020zantan.jpg" width="500" border="0" style="display:inline-block;"></a>
				<!--▲▲ 画像 ▲▲-->
			</td>
		</tr>

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x36.gif" width="600" height="36" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<!--▼▼ タイトル ▼▼-->
				<p style="font-size:25px;font-weight:bold;color:#827c72;text-align:center;line-height:1.7">
										lll
				</p>
				<!--▲▲ タイトル ▲▲-->

			</td>
		</tr>


		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="1" width="20" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;">
			</td>

			
			<td colspan="3" width="560" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">

				<!--▼▼ テキスト ▼▼-->
				<p style="font-size:16px;color:#555555;text-align:center;line-height:1.7;">
				</p><div>プレママライフを楽しむための情報を発信＆新しい発見の場を提供するプレママフェスが、10月もオンラインにて開催！&nbsp;</div><div><br>秋冬生まれのあかちゃんにおすすめのアイテムを多数ご用意しております♪<br><a href="https://www.familiar.co.jp/news/202010online_premamafes.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=0001#101">すべてにあかちゃんのための工夫がいっぱい「基本のお肌着」＞＞＞</a> <br><a href="https://www.familiar.co.jp/news/202010online_premamafes.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=0002#102">やわらかく厚手の生地を使った「秋冬生まれのベビーウェア」＞＞＞</a> <br><a href="https://www.familiar.co.jp/news/202010online_premamafes.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=0003#103">体温調節のための「防寒にぴったり！あったかアイテム」＞＞＞</a>&nbsp;<br><br>大好評「渡辺産婦人科小児科 オンラインコラボセミナー」「江崎グリコ オンラインコラボセミナー」も継続開催が決定♪&nbsp;<br><br>そのほか、限定アイテムの販売、季節に合った出産準備をご紹介するZoomマタニティセミナー＆インスタライブ＆IGTV配信など、盛り沢山の内容です。 ぜひぜひチェックしてくださいね。</div><div><br></div>
				<p></p>
				<!--▲▲ テキスト ▲▲-->

			</td>
			<td colspan="1" width="20" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="2" width="108" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_108x64.gif" width="108" height="64" border="0" style="display:block;">
			</td>
			<td colspan="1" width="384" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">

				<!--▼▼ ボタンタップ時のリンク ▼▼-->
				<a href="https://blog.familiar.co.jp/brand/familiar/shop/hankyu-umeda/blog?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
				<!--▲▲ ボタンタップ時のリンク ▲▲-->

					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_384x64.png" width="384" height="64" border="0" style="display:block;">
				</a>
			</td>
			<td colspan="2" width="108" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_108x64.gif" width="108" height="64" border="0" style="display:block;">
			</td>
		</tr>

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x40.gif" width="600" height="40" border="0" style="display:block;">
			</td>
		</tr>

	</tbody>

</table>
 
 
 
 
 
 
 


               <!--▲▲ MAIN ▲▲-->


            
             


            
                <!--▼▼ PICKUP ITEM 2row ▼▼-->
                <table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_pickupitem.png" alt="PICKUP ITEM" width="600" height="162" border="0" style="display:block;">
																				<p style="font-size:16px;color:#555555;text-align:center;line-height:1.7">
                これはスペシャルテキスト
                </p>
                																							</td>
		</tr>
		
						
			
		<tr>			
			

			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<p>
					<!--▼▼ 画像タップ時のリンク ▼▼-->
					<a href="https://www.donki.com?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=02" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
					<!--▲▲ 画像タップ時のリンク ▲▲-->
					<!--▼▼ 画像 ▼▼-->
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/item/2020SS/200908ec02.jpg" width="288" border="0" style="display:inline-block;">
					<!--▲▲ 画像 ▲▲-->
					</a>
				</p>
				<p>
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_288x14.gif" width="288" height="14" border="0" style="display:block;">
				</p>
				<p style="font-size:16px;color:#555555;text-align:center;">
					<!--▼▼ 品名・品番 ▼▼-->
					</p><div>donkihote</div>
					<!--▲▲ 品名・品番 ▲▲-->
				<p></p>
				<p>
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_288x20.gif" width="288" height="20" border="0" style="display:block;">
				</p>
				

			</td>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;">
			</td>
		
			
			
				
		<!-- ITEM 2個 -->
		
				
			
					
			

			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<p>
					<!--▼▼ 画像タップ時のリンク ▼▼-->
					<a href="http://javascript123.seesaa.net/article/101434703.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=03" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
					<!--▲▲ 画像タップ時のリンク ▲▲-->
					<!--▼▼ 画像 ▼▼-->
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/item/2020SS/200908ec01.jpg" width="288" border="0" style="display:inline-block;">
					<!--▲▲ 画像 ▲▲-->
					</a>
				</p>
				<p>
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_288x14.gif" width="288" height="14" border="0" style="display:block;">
				</p>
				<p style="font-size:16px;color:#555555;text-align:center;">
					<!--▼▼ 品名・品番 ▼▼-->
					</p><div>kookokoarnainr</div>
					<!--▲▲ 品名・品番 ▲▲-->
				<p></p>
				<p>
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_288x20.gif" width="288" height="20" border="0" style="display:block;">
				</p>
				

			</td>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;">
			</td>
		
			
			
		</tr>		
		<!-- ITEM 2個 -->
		
						<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x16.gif" width="600" height="16" border="0" style="display:block;">
			</td>
		</tr>
	
	</tbody>
</table>
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_180x56.gif" width="180" height="56" border="0" style="display:block;">
		</td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			
						<a href="https://qiita.com/ao_love/items/4f74bdcd345e9e8ff810?utm_source=t_mail&amp;utm_medium=email&amp;utm_campaign=201028&amp;utm_content=02?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=nasi" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ アイテム一覧のリンク ▲▲-->
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/kuwashikuwa_banner_kai.png" width="240" height="56" border="0" style="display:block;">
				
			</a>
					</td>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_180x56.gif" width="180" height="56" border="0" style="display:block;">
			</td>
		</tr>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x16.gif" width="600" height="16" border="0" style="display:block;">
			</td>
		</tr>
		
	</tbody>
</table>
                <!--▲▲ PICKUP ITEM 2row ▲▲-->


            
             


            
                <!--▼▼ SHOP BLOG ▼▼-->
                <table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody>
	<tr>
		<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_shopblog.png" alt="SHOP BLOG" width="600" height="162" border="0" style="display:block;">
		</td>
	</tr>
	

 


 


 

	<tr>
	<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
		<!--▼▼ 画像タップ時のリンク ▼▼-->
		<a href="https://www.familiar.co.jp/stylebook/index.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=09" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
		<!--▲▲ 画像タップ時のリンク ▲▲-->
		<!--▼▼ 画像 ▼▼-->
		<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/200918blog1.png" width="200" height="200" border="0" style="display:block;">
		<!--▲▲ 画像 ▲▲-->
		</a>
	</td>
	<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
		<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_32x32.gif" width="32" height="32" border="0" style="display:block;">
	</td>
	<td style="margin:0;padding:0;vertical-align:middle;font-size:0;" valign="middle">
		<p style="font-size:16px;color:#79a840;text-align:left;line-height:1.7;">
			<!--▼▼ 日付 ▼▼-->
			2020.1.1
			<!--▲▲ 日付 ▲▲-->
		</p>
		<p>
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_8x8.gif" width="8" height="8" border="0" style="display:block;">
		</p>
		<p style="font-size:18px;color:#555555;text-align:left;line-height:1.7;">
			<!--▼▼ ブログタイトル ▼▼-->
			</p><div>big</div>
			<!--▲▲ ブログタイトル ▲▲-->
		<p></p>
		<p>
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_20x20.gif" width="20" height="20" border="0" style="display:block;">
		</p>
		<p style="text-align:right;">
			<!--▼▼ ボタンタップ時のリンク ▼▼-->
			<a href="https://www.familiar.co.jp/stylebook/index.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=09" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ ボタンタップ時のリンク ▲▲-->

			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_176x40.png" width="176" height="40" border="0" style="display:inline-block;">
			</a>
		</p>
	</td>
	</tr>
	
	<tr>
		<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;">
		</td>
	</tr>


 


 


 


 


 





	
	</tbody>
</table>                <!--▲▲ SHOP BLOG ▲▲-->

            
             


                            
                <!--▼▼  NEWS & TOPICS ▼▼-->
                <table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_newsandtopics.png" alt="NEWS &amp; TOPICS" width="600" height="162" border="0" style="display:block;">
			</td>
		</tr>
	

 


 


 


 


 



	<tr>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<!--▼▼ 画像タップ時のリンク ▼▼-->
			<a href="https://qiita.com/ao_love/items/4f74bdcd345e9e8ff810?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=07" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ 画像タップ時のリンク ▲▲-->
			<!--▼▼ 画像 ▼▼-->
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/200918maskkit.jpg" width="250" height="175" border="0" style="display:block;">
			<!--▲▲ 画像 ▲▲-->
			</a>
		</td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_32x32.gif" width="32" height="32" border="0" style="display:block;">
		</td>
		<td style="margin:0;padding:0;vertical-align:middle;font-size:0;" valign="middle">
			<p style="text-align:left;">
				<!--▼▼ ニュースのカテゴリアイコン ▼▼-->
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ico_news.gif" width="104" height="24" border="0" style="display:block;">
				<!--▲▲ ニュースのカテゴリアイコン ▲▲-->
			</p>
			<p>
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_8x8.gif" width="8" height="8" border="0" style="display:block;">
			</p>
			<p style="font-size:18px;color:#555555;text-align:left;line-height:1.7;">
				<!--▼▼ テキスト ▼▼-->
				</p><div>マスクキットが発売開始！！</div>
				<!--▲▲ テキスト ▲▲-->
			<p></p>
			<p>
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_20x20.gif" width="20" height="20" border="0" style="display:block;">
			</p>
			<p style="text-align:right;">
				<!--▼▼ ボタンタップ時のリンク ▼▼-->
				<a href="https://qiita.com/ao_love/items/4f74bdcd345e9e8ff810?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=07" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
				<!--▲▲ ボタンタップ時のリンク ▲▲-->
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_176x40.png" width="176" height="40" border="0" style="display:inline-block;">
				</a>
			</p>
		</td>
	</tr>
	
	<tr>
		<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;">
		</td>
	</tr>
	


 


 


 



	</tbody>
</table>


                <!--▲▲ NEWS & TOPICS ▲▲-->


           
             


            
                <!--▼▼ STYLE BOOK 3row ▼▼-->
                <table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_stylebook.png" alt="STYLE BOOK" width="600" height="162" border="0" style="display:block;">
			</td>
		</tr>
		
		<tr>

		
						
		
			
		</tr><tr>		
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
		
		<p>
			<!--▼▼ 画像タップ時のリンク ▼▼-->
			<a href="http://javascript123.seesaa.net/article/101434703.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=10" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ 画像タップ時のリンク ▲▲-->
			<!--▼▼ 画像 ▼▼-->
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/item/2020SS/200908style01.jpg" width="188" height="282" border="0" style="display:inline-block;">
			<!--▲▲ 画像 ▲▲-->
			</a>
		</p>
		<p>
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;">
		</p>
		<p style="font-size:14px;color:#555555;text-align:left; line-height:1.7;">
			<!--▼▼ テキスト ▼▼-->
			</p><div>こんなに素敵なタイトルがつけられることになります</div>
			<!--▲▲ テキスト ▲▲-->
		<p></p>

		
		
		</td><td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;">
		</td>

				
		<!-- </tr> -->
		<!-- ITEM 2個 -->
		
				
		
			
				
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
		
		<p>
			<!--▼▼ 画像タップ時のリンク ▼▼-->
			<a href="https://fontawesome.com/icons/code?style=solid?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=11" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ 画像タップ時のリンク ▲▲-->
			<!--▼▼ 画像 ▼▼-->
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/item/2020SS/200908style02.jpg" width="188" height="282" border="0" style="display:inline-block;">
			<!--▲▲ 画像 ▲▲-->
			</a>
		</p>
		<p>
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;">
		</p>
		<p style="font-size:14px;color:#555555;text-align:left; line-height:1.7;">
			<!--▼▼ テキスト ▼▼-->
			</p><div>aaaa小r超えろあえn</div>
			<!--▲▲ テキスト ▲▲-->
		<p></p>

		
		
		</td><td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;">
		</td>

				
		<!-- </tr> -->
		<!-- ITEM 2個 -->
		
				
		
			
				
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
		
		<p>
			<!--▼▼ 画像タップ時のリンク ▼▼-->
			<a href="https://agohack.com/how-to-use-tinymce-5?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=12" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ 画像タップ時のリンク ▲▲-->
			<!--▼▼ 画像 ▼▼-->
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/item/2020SS/200908style03.jpg" width="188" height="282" border="0" style="display:inline-block;">
			<!--▲▲ 画像 ▲▲-->
			</a>
		</p>
		<p>
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;">
		</p>
		<p style="font-size:14px;color:#555555;text-align:left; line-height:1.7;">
			<!--▼▼ テキスト ▼▼-->
			</p><div>ファミちゃんポンチョ型バスタオル(020758)</div>
			<!--▲▲ テキスト ▲▲-->
		<p></p>

		
		
		</td><td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;">
		</td>

		</tr>		
		<!-- </tr> -->
		<!-- ITEM 2個 -->
		
					

		<tr>
			<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;">
			</td>
		</tr>
		

	</tbody>
</table>


<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_180x56.gif" width="180" height="56" border="0" style="display:block;">
		</td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
			

			<!--▼▼ アイテム一覧のリンク ▼▼-->
			<a href="https://hirashimatakumi.com/blog/3016.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201111&amp;utm_content=13" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
			<!--▲▲ アイテム一覧のリンク ▲▲-->
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_snaplist.png" width="240" height="56" border="0" style="display:block;">
				
			</a>
		</td>
			<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_180x56.gif" width="180" height="56" border="0" style="display:block;">
			</td>
		</tr>
		<tr>
			<td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x16.gif" width="600" height="16" border="0" style="display:block;">
			</td>
		</tr>
		
	</tbody>
</table>
                <!--▲▲ STYLE BOOK 3row ▲▲-->

            
                    <!--▲▲ 配置図により可変 ▲▲-->


				
				<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
	<tbody>
		<tr>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.familiar.co.jp/index.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_officialsite.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.ec.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_onlineshop.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
		<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://blog.familiar.co.jp/brand/familiar?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_blog.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
		</tr>
		<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/line_600x82.gif" width="600" height="82" border="0" style="display:block;"></td></tr>
	</tbody>
</table>
	
	
	<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="f7f5f1">
		<tbody>
			<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x32.gif" width="600" height="32" border="0" style="display:block;"></td></tr>
			<tr>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_225x58.gif" width="225" height="58" border="0" style="display:block;">
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.facebook.com/familiar1950?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_facebook.png" width="58" height="58" border="0" style="display:inline-block;">
					</a>
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_34x34.gif" width="34" height="34" border="0" style="display:block;">
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<a href="https://www.instagram.com/familiar_official?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
						<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_instagram.png" width="58" height="58" border="0" style="display:inline-block;">
					</a>
				</td>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_225x58.gif" width="225" height="58" border="0" style="display:block;">
				</td>
			</tr>

			<!-- NL会員 -->
			<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x28.gif" width="600" height="28" border="0" style="display:block;">
				</td>
			</tr>
			
			<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<p style="font-size:14px;color:#555555;text-align:center;">メール配信停止をご希望の方は
					<a href="https://www.ec.familiar.co.jp/entry/mailmaga.php?mrf=2?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank">こちら</a>から</p>
				</td>
			</tr>

			
			<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x8.gif" width="600" height="8" border="0" style="display:block;">
				</td>
			</tr>
						<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
				<p style="font-size:14px;color:#555555;text-align:center;">ファミリアへのお問い合わせは
				<a href="https://www.ec.familiar.co.jp/contact/index.php?utm_source=h_mail&amp;utm_medium=email&amp;utm_content=footer" target="_blank">こちら</a>から</p>
				</td>
			</tr>
			<tr>
				<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;">
				</td>
			</tr>
		</tbody>
	</table>
	
	
	<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
		<tbody>
			<tr>
				<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
					<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/copyright.gif" width="600" height="32" border="0" style="display:block;">
				</td>
			</tr>
		</tbody>
	</table>
				<!--▲▲ COPYRIGHT ▲▲-->


          
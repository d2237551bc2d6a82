<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<!-- saved from url=(0061)https://www.apparel-web.co.jp/familiar_mailmagazine/20200600/ -->
<html lang="ja"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex , nofollow">
​
<meta name="viewport" content="target-densitydpi=device-dpi,width=device-width,maximum-scale=1.0,user-scalable=yes">
​
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
​
<title>メールマガジン</title>
​
<style type="text/css">
html {color:#555555;background:#FFF;}
body,div,dl,dt,dd,ul,ol,li,h1,h2,h3,h4,h5,h6,p,th,td,hr{margin:0;padding:0;font-size:18px;font-weight:normal;font-style:normal;line-height:28px;-webkit-text-size-adjust:100%;-moz-text-size-adjust:100%;-o-text-size-adjust:100%;-ms-text-size-adjust:100%;text-size-adjust:100%;font-family:YuGothic,'Yu Gothic','ＭＳ Ｐゴシック','MS PGothic','メイリオ', Meiryo,'Hiragino Kaku Gothic ProN','ヒラギノ角ゴ ProN W3',sans-serif;}
a:link,a:visited,a:active{color:#555555;text-decoration:underline;}a:hover{text-decoration:none;}
@media (prefers-color-scheme: dark) {body {background-color: #172430;color: #fff;}}
:root {color-scheme: light dark;supported-color-schemes: light dark;}
</style>
​
</head>
<body bgcolor="#ffffff" style="margin:0px auto 0px auto;font-family:YuGothic,&#39;Yu Gothic&#39;,&#39;ＭＳ Ｐゴシック&#39;,&#39;MS PGothic&#39;,&#39;メイリオ&#39;, Meiryo,&#39;Hiragino Kaku Gothic ProN&#39;,&#39;ヒラギノ角ゴ ProN W3&#39;,sans-serif;" text="#000000" link="#555555" vlink="#555555" alink="#555555" topmargin="0" bottommargin="0" leftmargin="0" rightmargin="0" marginheight="0">
​
<!-- プリヘッダーテキスト -->
<span class="preheader" style="color: transparent; display: none; height: 0; max-height: 0; max-width: 0; opacity: 0; overflow: hidden; mso-hide: all; visibility: hidden; width: 0;">
スタンプラリーやインスタグラムキャンペーンなど、楽しいプレゼント企画も実施♪
</span>
<!-- プリヘッダーテキスト -->
​
<!-- HEADER -->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="ffffff">
<tbody><tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x16.gif" width="600" height="16" border="0" style="display:block;"></td></tr>
​
<tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x30.gif" width="600" height="30" border="0" style="display:block;"></td></tr>
<tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_190x45.gif" width="190" height="45" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/logo.png" width="220" height="45" border="0" style="display:block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_190x45.gif" width="190" height="45" border="0" style="display:block;"></td>
</tr>
<tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x30.gif" width="600" height="30" border="0" style="display:block;"></td></tr>
</tbody></table>
<!-- /HEADER -->
<!-- NAV -->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="ffffff">
<tbody><tr><td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_home.png" width="200" height="22" border="0" style="display:block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.ec.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_onlineshop.png" width="200" height="22" border="0" style="display:block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.ec.familiar.co.jp/shop/index.php?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=201016&amp;utm_content=header" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/nav_shopinfo.png" width="200" height="22" border="0" style="display:block;"></a></td>
</tr>
<tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;"></td></tr>
</tbody></table>
<!-- /NAV -->
​
​
<!--▼▼ MAIN ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="f6f4f2">
<tbody><tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x40.gif" width="600" height="40" border="0" style="display:block;"></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;text-align:center;" valign="top">
<a href="https://www.familiar.co.jp/news/202011premamafes.html?utm_source=h_mail&utm_medium=email&utm_campaign=201016&utm_content=001" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/Ssale_600_400_2.jpg" width="550" border="0" style="display:inline-block;"></a></td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x36.gif" width="600" height="36" border="0" style="display:block;"></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p style="font-size:25px;font-weight:bold;color:#827c72;text-align:center;line-height:1.7;">「オンラインショップにて開催中のスプリングセールは、5/17（日）23：59まで！</p>
</td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;"></td></tr>
<tr>
<td colspan="1" width="20" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
<td colspan="3" width="560" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><p style="font-size:16px;color:#555555;text-align:left;line-height:1.7;">
オンラインショップにて開催中のスプリングセールは、5/17（日）23：59まで！
今すぐ着られる春夏商品がプライスダウン！お見逃しなく♪
※商品はイメージです。完売の際はご容赦くださいませ。
<br>

​
</p></td>
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
				<a href="#" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
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


<!--▼▼ SHOP NEWS & EVENT ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody><tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_newsandtopics.png" alt="NEWS &amp; EVENT" width="600" height="162" border="0" style="display:block;"></td></tr>
<!-- 記事 -->
<tr>
<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;text-align:center;" valign="top">
<a href="https://www.familiar.co.jp/news/202011premamafes.html?utm_source=h_mail&utm_medium=email&utm_campaign=201016&utm_content=001" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_2_600_150_okaidoku.jpg" width="600" border="0" style="display:inline-block;"></a></td>

</tr>
<!-- 記事 -->
<tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;"></td></tr>
<!-- 記事 -->
<tr>
<td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;text-align:center;" valign="top">
<a href="https://www.familiar.co.jp/news/202011premamafes.html?utm_source=h_mail&utm_medium=email&utm_campaign=201016&utm_content=001" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_2_600_150_standard.jpg" width="600" border="0" style="display:inline-block;"></a></td>

</tr>
<!-- 記事 -->
<tr><td colspan="3" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;"></td></tr>
<!-- 記事 -->

<!-- 記事 -->
</tbody></table>
<!--▲▲ SHOP NEWS & EVENT ▲▲-->
<!--▼▼ STYLE BOOK ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody><tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/ttl_pickupitem.png" alt="STYLE BOOK" width="600" height="162" border="0" style="display:block;"></td></tr>
<!-- ITEM 3個 -->
<tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_baby_boy1.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_baby_girl.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_toddler_boy.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;"></td></tr>
<!-- ITEM 3個 -->
<tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_toddler_girl1.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_school.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_18x18.gif" width="18" height="18" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top">
<p><a href="https://www.familiar.co.jp/stylebook/Newborn/2020SS21.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=01" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;">
<!-- 2行目1列　商品画像 -->
								<img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/letter_170_170_goods.jpg" alt="" width="188" height="188" border="0" style="display:inline-block;">
								<!-- 2行目1列　商品画像 -->

</a></p>
<p><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_188x10.gif" width="188" height="10" border="0" style="display:block;"></p>
<p style="font-size:14px;color:#555555;text-align:center; line-height:1.7;">ダミー商品説明</p>
</td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x24.gif" width="600" height="24" border="0" style="display:block;"></td></tr>
<!-- ITEM 3個 -->
</tbody>
</table>






<!--▲▲ STYLE BOOK ▲▲-->



<!--▼▼ FOOTER NAV ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody><tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.familiar.co.jp/index.html?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_officialsite.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.ec.familiar.co.jp?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_onlineshop.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://blog.familiar.co.jp/brand/familiar?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_blog.png" width="184" height="56" border="0" style="display:inline-block;"></a></td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/line_600x82.gif" width="600" height="82" border="0" style="display:block;"></td></tr>
</tbody></table>
<!--▲▲ FOOTER NAV ▲▲-->

<!--▼▼ FOOTER APP ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody><tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_112x52.gif" width="112" height="52" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://apps.apple.com/jp/app/id1114740823?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_appstore.png" width="176" height="52" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_24x24.gif" width="24" height="24" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://play.google.com/store/apps/details?id=com.scubism.orangeclub&amp;hl=ja?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_googleplay.png" width="176" height="52" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_112x52.gif" width="112" height="52" border="0" style="display:block;"></td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x40.gif" width="600" height="40" border="0" style="display:block;"></td></tr>
</tbody></table>
<!--▲▲ FOOTER APP ▲▲-->

<!--▼▼ FOOTER ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="f7f5f1">
<tbody><tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x32.gif" width="600" height="32" border="0" style="display:block;"></td></tr>
<tr>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_225x58.gif" width="225" height="58" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.facebook.com/familiar1950?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_facebook.png" width="58" height="58" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_34x34.gif" width="34" height="34" border="0" style="display:block;"></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><a href="https://www.instagram.com/familiar_official?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank" style="margin:0;padding:0;vertical-align:top;font-size:0;text-decoration:none;"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/btn_instagram.png" width="58" height="58" border="0" style="display:inline-block;"></a></td>
<td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_225x58.gif" width="225" height="58" border="0" style="display:block;"></td>
</tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x28.gif" width="600" height="28" border="0" style="display:block;"></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><p style="font-size:14px;color:#555555;text-align:center;">メール配信停止をご希望の方は
<a href="https://www.ec.familiar.co.jp/mypage/login.php?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank">こちら</a>から</p></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x8.gif" width="600" height="8" border="0" style="display:block;"></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><p style="font-size:14px;color:#555555;text-align:center;">ファミリアへのお問い合わせは
<a href="https://www.ec.familiar.co.jp/contact/index.php?utm_source=h_mail&amp;utm_medium=email&amp;utm_campaign=20xxxx&amp;utm_content=footer" target="_blank">こちら</a>から</p></td></tr>
<tr><td colspan="5" style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/spacer_600x20.gif" width="600" height="20" border="0" style="display:block;"></td></tr>
</tbody></table>
<!--▲▲ FOOTER ▲▲-->

<!--▼▼ COPYRIGHT ▼▼-->
<table width="600" border="0" cellpadding="0" cellspacing="0" align="center">
<tbody><tr><td style="margin:0;padding:0;vertical-align:top;font-size:0;" valign="top"><img src="https://www.ec.familiar.co.jp/user_data/packages/mail/content/2020/copyright.gif" width="600" height="32" border="0" style="display:block;"></td></tr>
</tbody></table>
<!--▲▲ COPYRIGHT ▲▲-->

</body>
</html>


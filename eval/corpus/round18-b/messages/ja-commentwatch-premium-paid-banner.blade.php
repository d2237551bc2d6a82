<!doctype html>
<html>
    <head>
        <meta name="viewport" content="width=device-width">
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <title>メールマガジン</title>
    </head>
    <body class style="font-family: 'メイリオ','ヒラギノ角ゴ ProN W3',sans-serif; -webkit-font-smoothing: antialiased; font-size: 14px; line-height: 1.4; width: 100%; margin: auto; padding: 0; -ms-text-size-adjust: 100%; -webkit-text-size-adjust: 100%;">
        <table role="presentation" class="body" border="0" cellpadding="0" cellspacing="0" style="border-collapse: separate; min-width: 100%; background-color: #F2F2F1; width: 100%;" width="100%" bgcolor="#F2F2F1">
            <tr>
                <td class="container" style="font-size: 14px; line-height: 24px; display: block; background-color: #ffffff; box-sizing: border-box; padding-top: 40px; padding-bottom: 66px; width: 100%; max-width: 600px; margin: 0 auto;" width="100%" bgcolor="#ffffff">

                    <div class="main-content" style="max-width: 500px; width: 92%; margin: 0 auto;">
                        <div class="content" style="box-sizing: border-box; display: block; margin: auto;">
                            <!-- セクション 01 -->
                            <table role="presentation" class="sec01" border="0" cellpadding="0" cellspacing="0" style="border-collapse: separate; min-width: 100%; width: 100%; padding-bottom: 34px;" width="100%">
                                <tr>
                                    <td style="font-size: 14px; line-height: 24px;">
                                        <h2 style="font-family: 'メイリオ','ヒラギノ角ゴ ProN W3',sans-serif; font-size: 14px; color: #333333; font-weight: bold; letter-spacing: 0.7px; line-height: 0px;">サロン 保夫 様</h2>
                                        <p style="padding-top: 24px; margin: 0px; font-family: 'メイリオ','ヒラギノ角ゴ ProN W3',sans-serif;">
                                            この度はみんなのサロンほけん、保険料のお支払をいただきありがとうございました。<br>
                                            １年間お付き合いのほど、何卒よろしくお願い申し上げます。<br>
                                            下記URLより「マイページ」にログインいただき各種ご確認のほどお願い申し上げます。
                                        </p>
                                    </td>
                                </tr>
                            </table>
    
                        </div>
    
                        <div class="banner banner01" style="text-align: center; background-color: #ffffff; padding-bottom: 42px;">
                            <!-- バナー 01 -->
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" style="border-collapse: separate; min-width: 100%; width: 100%;" width="100%">
                                <tr>
                                    <td style="font-size: 14px; line-height: 24px;">
                                        <a href="#">
                                            <img src="https://i.postimg.cc/SsmgkRn4/banner-01.png" width="320" height="100" alt="バナー" style="border: none; -ms-interpolation-mode: bicubic; max-width: 100%; width: 320px; height: 100px; display: block; margin: auto;">
                                        </a>
                                    </td>
                                </tr>
                            </table>
                        </div>
    
                        <div class="memo-text" style="font-size: 10px; letter-spacing: 0.5px; line-height: 17px; text-align: left; font-family: 'メイリオ','ヒラギノ角ゴ ProN W3',sans-serif; margin: 0px;">
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" style="border-collapse: separate; min-width: 100%; width: 100%;" width="100%">
                                <tr>
                                    <td style="font-size: 14px; line-height: 24px;">
                                        <p class="memo-text" style="font-size: 10px; letter-spacing: 0.5px; line-height: 17px; text-align: left; font-family: 'メイリオ','ヒラギノ角ゴ ProN W3',sans-serif; margin: 0px;">注意文などの挿入が可能です。テキストが入ります。注意文などの挿入が可能です。テキストが入ります。注意文などの挿入が可能です。テキストが入ります。注意文などの挿入が可能です。テキストが入ります。注意文などの挿入が可能です。テキストが入ります。</p>
                                    </td>
                                </tr>
                            </table>
                            
                        </div>
                    </div>

                </td>
            </tr>
        </table>
    </body>
</html>

<div style="width:100%!important;font-family:Helvetica,Arial,sans-serif;background-color:#ececec;margin:0;padding:0" bgcolor="#ececec">
    <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#ececec" bgcolor="#ececec">
        <tbody>
            <tr style="border-collapse:collapse">
                <td align="center" bgcolor="#f9f6f6" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                    <span style="font-size: 0;display: none;">请尽快完成账号相关验证，如果该邮件不是你触发的，请忽略。</span>
                    <table style="margin: 20px 10px;border: 1px solid #e5e5e5;border-radius: 5px;" width="640" cellpadding="0" cellspacing="0" border="0">
                        <tbody>
                            <tr style="border-collapse:collapse">
                                <td width="640" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                    <table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF" style="background-color: #f7f7f7;border-bottom: 1px solid #e5e5e5;">
                                        <tbody>
                                            <tr style="border-collapse:collapse">
                                                <td width="15" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="350" valign="middle" align="left" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                    <table width="350" cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td width="350" height="8" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;line-height:8px;"></td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                    <div style="font-size:12px;color:#33ae81">
                                                        <a href="${servePath}" style="font-weight:bold;color:#333;text-decoration:none" target="_blank">黑客与画家 • 账号</a>
                                                    </div>
                                                    <table width="350" cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td width="350" height="8" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;line-height:8px;"></td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                </td>
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="255" valign="middle" align="right" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                    <table width="255" cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td width="255" height="8" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;line-height:8px;"></td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                    <table cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td valign="middle" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                                    <div style="font-size:12px;color:#33ae81"><a href="${servePath}/" style="font-weight:bold;color:#333;text-decoration:none" target="_blank">访问网站 ➜</a></div>
                                                                </td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                    <table width="255" cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td width="255" height="8" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;line-height:8px;"></td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                </td>
                                                <td width="15" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                            </tr>
                                        </tbody>
                                    </table>
                                </td>
                            </tr>
                            <tr style="border-collapse:collapse">
                                <td width="640" align="center" bgcolor="#FFFFFF" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                    <a href="${servePath}" target="_blank">
                                        <img height="140" width="640" src="${staticServePath}/images/mail/verify-banner1.png" alt="黑客派">
                                    </a>
                                </td>
                            </tr>
                            <tr style="border-collapse:collapse">
                                <td width="640" bgcolor="#ffffff" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                    <table width="640" cellpadding="0" cellspacing="0" border="0">
                                        <tbody>
                                            <tr style="border-collapse:collapse">
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="580" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                    <table width="580" cellpadding="0" cellspacing="0" border="0">
                                                        <tbody>
                                                            <tr style="border-collapse:collapse">
                                                                <td width="580" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                                    <br><br>
                                                                    <p align="left" style="font-size:18px;line-height:24px;color:#333;font-weight:bold;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        ${userName}，你好：
                                                                    </p>
                                                                    <div align="left" style="font-size:13px;line-height:20px;color:#444444;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        <#if url??>
                                                                        请尽快完成验证：<a href="${url}">${url}</a>
                                                                        <#else>
                                                                        验证码：${code}
                                                                        </#if>
                                                                    </div>
                                                                    <div style="border-bottom-style:solid;border-bottom-width:1px;border-bottom-color:#eee;margin-bottom:30px"></div>
                                                                    <p align="left" style="font-size:18px;line-height:24px;color:#333;font-weight:bold;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        黑客与画家
                                                                    </p>
                                                                    <div align="left" style="font-size:13px;line-height:20px;color:#444444;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        <table>
                                                                            <tbody><tr style="border-collapse:collapse">
                                                                                    <td style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;padding:0 0 15px">
                                                                                        <ul>
                                                                                            <li>我们正在构建一个活跃的小众社区</li>
                                                                                            <li>大家在这里相互信任，以 平等 • 自由 • 奔放 的价值观进行分享交流</li>
                                                                                            <li>最终，希望大家能够找到与自己志同道合的伙伴，共同成长</li>
                                                                                        </ul>
                                                                                    </td>
                                                                                </tr>                                                        
                                                                            </tbody></table>
                                                                    </div>
                                                                </td>
                                                            </tr>
                                                        </tbody>
                                                    </table>
                                                </td>
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                            </tr>
                                        </tbody>
                                    </table>
                                </td>
                            </tr>
                            <tr style="border-collapse:collapse">
                                <td width="640" height="15" bgcolor="#ffffff" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                            </tr>
                            <tr style="border-collapse:collapse">
                                <td width="640" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                    <table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#333333" style="color:#333;border-top: 1px solid #e0e0e0;box-shadow: 0 1px 1px white inset;background-color: #f7f7f7;">
                                        <tbody>
                                            <tr style="border-collapse:collapse">
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="360" height="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="60" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="160" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                            </tr>
                                            <tr style="border-collapse:collapse">
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="360" valign="top" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                    <span>
                                                        <p align="left" style="font-size:12px;line-height:15px;color:#666666;margin-top:0px;margin-bottom:5px;white-space:normal">
                                                            <span>
                                                                <a href="${servePath}/about" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">关于</a> 
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/article/1457158841475" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">API</a>
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/perfect" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">优选</a> 
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/tag/announcement" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">公告</a>
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/article/1460083956075" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">广告投放</a>
                                                            </span>
                                                        </p>
                                                    </span>
                                                    <p align="left" style="font-size:12px;line-height:15px;color:#ccc;margin-top:0px;margin-bottom:15px">
                                                        了解更多，请详见<a href="${servePath}/settings/function" style="color:#999;font-weight:bold;text-decoration:none" target="_blank">使用手册</a><a style="display:none;font-size: 0;" href="%%user_defined_unsubscribe_link%%">取消订阅</a>
                                                    </p>
                                                </td>
                                                <td width="40" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="180" valign="top" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                    <p align="right" style="font-size:12px;line-height:18px;color:#999;margin-top:0px;margin-bottom:15px;white-space:normal"><span>© 2016 <a href="${servePath}" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">hacpai.com</a> <span style="color:#333;">黑客与画家</span></span><br style="line-height:100%"><span style="font-size:12px;color:#ccc;">Feel easy about trust.</span></p>
                                                </td>
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                            </tr>
                                            <tr style="border-collapse:collapse">
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="360" height="15" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="60" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="160" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
                                                <td width="30" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif"></td>
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
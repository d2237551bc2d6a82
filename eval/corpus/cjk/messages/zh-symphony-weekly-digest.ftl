<div style="width:100%!important;font-family:Helvetica,Arial,sans-serif;background-color:#ececec;margin:0;padding:0" bgcolor="#ececec">
    <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#ececec" bgcolor="#ececec">
        <tbody>
            <tr style="border-collapse:collapse">
                <td align="center" bgcolor="#f9f6f6" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                    <span style="font-size: 0;display: none;">这是本周的热议贴合集，希望每周都能带给你轻松和精彩。如果不想再收到类似邮件，可在论坛的功能设置中进行退订。</span>
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
                                                        <a href="${servePath}/perfect" style="font-weight:bold;color:#333;text-decoration:none" target="_blank">黑客与画家 •  优选</a>
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
                                        <img height="140" width="640" src="${staticServePath}/images/mail/weekly-banner3.jpg" alt="黑客派">
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
                                                                        热门优选
                                                                    </p>
                                                                    <div align="left" style="font-size:13px;line-height:20px;color:#444444;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">

                                                                        <table>
                                                                            <tbody>
                                                                                <#list articles as article>
                                                                                <tr style="border-collapse:collapse">
                                                                                    <td valign="top" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif" width="36px">
                                                                                        <img width="36" height="36" src="${article.articleAuthorThumbnailURL48}" alt="${article.articleAuthorName}" style="outline:none;text-decoration:none;display:block;max-width:100%;border-radius:3px">
                                                                                    </td>
                                                                                    <td style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;padding:0 0 15px 10px">
                                                                                        <a href="${servePath}${article.articlePermalink}" style="color:#595959;font-weight:bold;text-decoration:none;font-size:14px" target="_blank"><strong>${article.articleTitle}</strong></a>
                                                                                        <br>
                                                                                        <span style="color:#999;">${article.articleContent}</span>
                                                                                    </td>
                                                                                </tr>
                                                                                </#list>
                                                                            </tbody>
                                                                        </table>

                                                                    </div>
                                                                    <div style="border-bottom-style:solid;border-bottom-width:1px;border-bottom-color:#eee;margin-bottom:30px"></div>
                                                                    <p align="left" style="font-size:18px;line-height:24px;color:#333;font-weight:bold;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        推荐用户
                                                                    </p>
                                                                    <div align="left" style="font-size:13px;line-height:20px;color:#444444;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">

                                                                        <table>
                                                                            <tbody>
                                                                                <tr style="border-collapse:collapse">
                                                                                    <#list users as user>
                                                                                    <#if user_index < 3>
                                                                                    <td width="36" valign="top" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                                                        <img width="36" height="36" src="${user.userAvatarURL}" alt="${user.userName}" style="outline:none;text-decoration:none;display:block;max-width:100%;border-radius:3px">
                                                                                    </td>
                                                                                    <td width="150" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;padding:0 0 15px 10px">
                                                                                        <a href="${servePath}/member/${user.userName?url('UTF-8')}" style="color:#595959;font-weight:bold;text-decoration:none;font-size:14px" target="_blank" ><strong>${user.userName}</strong></a>
                                                                                        <br style="line-height:100%">
                                                                                        <span style="color:#999">帖子</span> 
                                                                                        <span style="color:#333">${user.userArticleCount?c}</span>
                                                                                        <span style="color:#999">回贴</span>
                                                                                        <span style="color:#333">${user.userCommentCount?c}</span>
                                                                                    </td>
                                                                                    </#if>
                                                                                    </#list>
                                                                                </tr>
                                                                                <tr style="border-collapse:collapse">
                                                                                    <#list users as user>
                                                                                    <#if 2 < user_index>
                                                                                    <td width="36" valign="top" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif">
                                                                                        <img width="36" height="36" src="${user.userAvatarURL}" alt="${user.userName}" style="outline:none;text-decoration:none;display:block;max-width:100%;border-radius:3px">
                                                                                    </td>
                                                                                    <td width="150" style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;padding:0 0 15px 10px">
                                                                                        <a href="${servePath}/member/${user.userName?url('UTF-8')}" style="color:#595959;font-weight:bold;text-decoration:none;font-size:14px" target="_blank" ><strong>${user.userName}</strong></a>
                                                                                        <br style="line-height:100%">
                                                                                        <span style="color:#999">帖子</span> 
                                                                                        <span style="color:#333">${user.userArticleCount?c}</span>
                                                                                        <span style="color:#999">回贴</span>
                                                                                        <span style="color:#333">${user.userCommentCount?c}</span>
                                                                                    </td>
                                                                                    </#if>
                                                                                    </#list>
                                                                                </tr>
                                                                            </tbody>
                                                                        </table>
                                                                    </div>
                                                                    <#--
                                                                    <div style="border-bottom-style:solid;border-bottom-width:1px;border-bottom-color:#eee;margin-bottom:30px"></div>
                                                                    <p align="left" style="font-size:18px;line-height:24px;color:#333;font-weight:bold;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        一周寄语
                                                                    </p>
                                                                    <div align="left" style="font-size:13px;line-height:20px;color:#444444;margin-top:0px;margin-bottom:18px;font-family:Helvetica,Arial,sans-serif">
                                                                        <table>
                                                                            <tbody><tr style="border-collapse:collapse">
                                                                                    <td style="border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:20px;padding:0 0 15px">
                                                                                        <a href="${servePath}" style="color:#595959;font-weight:bold;text-decoration:none;font-size:14px" target="_blank">
                                                                                            <strong>中秋快乐</strong>
                                                                                        </a>
                                                                                        <br style="line-height:100%">
                                                                                        <span style="color:#999;margin:0 0 5px">
                                                                                            祝大家中秋团圆
                                                                                        </span>
                                                                                    </td>
                                                                                </tr>                                                        
                                                                            </tbody></table>
                                                                    </div>
                                                                    -->
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
                                                                <a href="${servePath}/hot" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">热门</a> 
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/forge/link" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">链接熔炉</a> 
                                                                <span style="color:#999">•</span>
                                                                <a href="${servePath}/article/1460083956075" style="color:#4183c4;font-weight:bold;text-decoration:none" target="_blank">广告投放</a>
                                                            </span>
                                                        </p>
                                                    </span>
                                                    <p align="left" style="font-size:12px;line-height:15px;color:#ccc;margin-top:0px;margin-bottom:15px">
                                                        可在<a href="${servePath}/settings/function" style="color:#999;font-weight:bold;text-decoration:none" target="_blank">功能设置</a>中管理邮件通知<a style="display:none;font-size: 0;" href="%%user_defined_unsubscribe_link%%">取消订阅</a>
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
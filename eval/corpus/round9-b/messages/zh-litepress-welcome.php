<div style="max-width: 560px; padding: 20px; background: #ffffff; border-radius: 5px; margin: 40px auto; font-family: BlinkMacSystemFont, 'Helvetica Neue', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; font-size: 15px; color: #666;">
<div style="color: #444444; font-weight: normal;">
<div style="text-align: center; font-weight: 600; font-size: 26px; padding: 10px 0; border-bottom: solid 3px #eeeeee;">{site_name}</div>
<div style="clear: both;"> </div>
</div>
<div style="padding: 0 30px 30px 30px; border-bottom: 3px solid #eeeeee;">
<div><span class="">感谢您注册{site_name}！</span>您的帐户现在处于活动状态。</div>
<ul>
<li><span style="font-size: 16px;">您的帐户电子邮件：{email}</span></li>
<li><span style="font-size: 16px;">您的帐户用户名：{username}</span></li>
</ul>
<p>&nbsp;</p>
<div style="padding: 10px 0 50px 0; text-align: center;"><a style="background: #0274be; color: #fff; padding: 12px 30px; text-decoration: none; border-radius: 3px; letter-spacing: 0.3px;" href="{login_url}" target="_blank" rel="noopener">登录我们的网站</a></div>
<div style="padding: 20px;">如果您有任何问题，请通过 <a style="color: #3ba1da; text-decoration: none;" href="mailto:{admin_email}">{admin_email}</a> 与我们联系。 </div>
</div>
<div style="color: #999; padding: 20px 30px;">
<div>谢谢您!</div>
<div><a style="color: #3ba1da; text-decoration: none;" href="{site_url}">{site_name}</a></div>
</div>
</div>
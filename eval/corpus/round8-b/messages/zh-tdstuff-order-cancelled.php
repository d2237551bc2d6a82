<!-- 取消訂單 -->
<table width="750px" border="0" align="center" cellpadding="0" cellspacing="0" style="border: 10px solid #efefef; padding: 50px;">
  <tbody>
    <tr>
      <td>
		
			亲爱的 <strong>{{cname}}</strong> 您好，
			<br>

			<p style="line-height: 25px;">
			<span style="color: #cc0000">【取消订单通知】</span>
			<br>
			如果您对取消订单有任何问题，请联络 <a href="mailto:{{sec_pantuo_email}}">{{sec_pantuo_email}}</a> 或致电 <strong>{{sec_pantuo_tel}}  / {{sec_pantuo_tel2}}</strong>。
			<br>
			<br>
			您的订单资讯如下：
			<br>
			订单编号：<strong>{{odno}}</strong> <span style="color: #cc0000">已确定取消</span> 
			<br>
			取消时间：<span style="color: #cc0000">{{date_now}}</span>
			</p>

			<br>
			<br>
			<br>
			{{sec_pantuo_cpname}}
			<br>
			网址：<a href="{{sec_pantuo_webname}}" target="_blank">{{sec_pantuo_webname}}</a>
			<br>
			E-mail：<a href="mailto:{{sec_pantuo_email}}">{{sec_pantuo_email}}</a>
			<br>
			<br>
			※此邮件是系统自动传送，请勿直接回覆！谢谢！  	     
   	  </td>
    </tr>
  </tbody>
</table>
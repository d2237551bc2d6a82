<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Title</title>
</head>
<body>
<table>
    <tbody>
    <tr>
        <td id="i1"
            style="padding:0; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:17px; color:#707070;">
            帐户
        </td>
    </tr>
    <tr>
        <td id="i2"
            style="padding:0; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:41px; color:#2672ec;">
            PSR账户激活
        </td>
    </tr>
    <tr>
        <td id="i3"
            style="padding:0; padding-top:25px; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; color:#2a2a2a;">

            邮箱<a dir="ltr" class="link" style="color:#2672ec; text-decoration:none"
                 href="#">{{email}}</a> 正被用于账户注册，请点击下面的链接进行激活。
        </td>
    </tr>
    <tr>
        <td id="i4"
            style="padding:0; padding-top:25px; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; color:#2a2a2a;">
            <span style="font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; font-weight:bold; color:#2a2a2a;"><a
                        target="_blank"
                        href="{{act}}">{{act}}</a></span>
        </td>
    </tr>
    <tr>
        <td id="i5"
            style="padding:0; padding-top:25px; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; color:#2a2a2a;">

            如果这不是你的操作，可以<a id="iLink2" class="link" style="color:#2672ec; text-decoration:none"
                           href="{{rmv}}">单击此处</a>从该帐户删除你的电子邮件地址；
            <br>

            很抱歉打搅到你，祝你生活愉快。
        </td>
    </tr>
    <tr>
        <td id="i6"
            style="padding:0; padding-top:25px; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; color:#2a2a2a;">
            谢谢!
        </td>
    </tr>
    <tr>
        <td id="i7"
            style="padding:0; font-family:'Microsoft Yahei', Verdana, Simsun, sans-serif; font-size:14px; color:#2a2a2a;">
            PSR 林
        </td>
    </tr>
    </tbody>
</table>
</body>
</html>
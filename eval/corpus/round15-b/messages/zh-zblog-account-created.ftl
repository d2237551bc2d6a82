<div style="font-size: 14px; color: #333;">
    <p style="text-indent: 2em; margin-bottom: 10px;">
        您的账号已成功创建，以下是您的登录信息：
    </p>

    <p style="text-indent: 2em; margin-bottom: 6px;">
        账号：<strong>[[${username}]]</strong>
    </p>

    <p style="text-indent: 2em; margin-bottom: 10px;">
        初始密码：<strong>[[${password}]]</strong>
    </p>

    <p style="text-indent: 2em; margin-bottom: 10px; color: #d9534f;">
        为了保障账号安全，请您在首次登录后尽快修改密码。
    </p>

    <p style="text-indent: 2em; margin-bottom: 0;">
        如非本人操作，请忽略此邮件或及时联系管理员。
    </p>
</div>

<?php
/**
 * MyBB 1.6 简体中文语言包
 * Copyright © 2010 MyBB Group, All Rights Reserved
 * 翻译制作: MyBB中文化团队 MyBB中文化官方网站: http://www.mybbchina.net/
 * 
 * $Id: messages.lang.php 5016 2010-06-12 00:24:02Z RyanGordon MyBB中文化团队 $
 */

$l['emailsubject_sendtofriend'] = "在 '{1}' 上的有趣主题";

$l['email_sendtofriend'] = "您好,

来自 {2} 的 {1} 认为您可能对下面的主题感兴趣:

{3}

{1} 还包含了以下讯息:
------------------------------------------
{4}
------------------------------------------

谢谢,
{2} 管理团队
";


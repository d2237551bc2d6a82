<!--{*
 * This file is part of EC-CUBE
 *
 * Copyright(c) 2000-2007 LOCKON CO.,LTD. All Rights Reserved.
 *
 * http://www.lockon.co.jp/
 *
 * This program is free software; you can redistribute it and/or
 * modify it under the terms of the GNU General Public License
 * as published by the Free Software Foundation; either version 2
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 59 Temple Place - Suite 330, Boston, MA  02111-1307, USA.
 *}-->
　※此邮件系系统自动发送。
　用等宽字体(宋体12号等)
　浏览最适合。

┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
　※本邮件系
　<!--{$CONF.shop_name}-->发送给
　希望继续会员注册的客户。
　如果您未曾申请注册事宜，请删除此信。
　若能致信<!--{* 受理查询邮件 *}--><!--{$CONF.email02}-->，
　我们将不胜荣幸。
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

<!--{$name01}--><!--{$name02}-->

我们是<!--{$CONF.shop_name}-->。

此次受您委托进行会员注册，非常感谢。

已完成正式会员注册。
请开始您的购物之旅吧。

今后也请多多关照<!--{$CONF.shop_name}-->。




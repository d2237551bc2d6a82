<!--{%*
 * This file is part of EC-CUBE
 *
 * Copyright(c) 2000-2013 LOCKON CO.,LTD. All Rights Reserved.
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
 *%}-->

<!--{%$customer.name01%}-->様

<!--{%$tpl_header%}-->

<!--{%$customer.name01%}-->様が現在保有されている有効ポイントの失効日が
近づいてまいりましたのでご連絡させていただきました。

有効期間中は、有効ポイントは1ポイント＝1円としてご利用いただけます。
また、有効期間内に新たにご注文をいただけましたら、その購入日から1年間（365日）有効期間は延長となります。

引き続き、B.R.ONLINEをご利用いただけますと幸いでございます。

■お名前　：<!--{%$customer.name01%}--> <!--{%$customer.name02%}--> 様

ポイント有効期限のお知らせ

有効ポイント：<!--{%$customer.point%}-->

有効期限：<!--{%$customer.point_date|date_format:"%Y/%m/%d"%}-->

MYページへのログインはコチラ
http://www.bronline.jp/mypage/

<!--{%$tpl_footer%}-->

<?php
/*
  $Id: checkout_process.php,v 1.1.1.1 2002/11/07 03:16:47 nickle Exp $

  osCommerce, Open Source E-Commerce Solutions  
  http://www.oscommerce.com
  
  Copyright (c) 2002 osCommerce
  
  Released under the GNU General Public License  
*/

define('EMAIL_FRIEND_DISCOUNT', '您好 %s,
请追踪您的订单，您的朋友可以从您这里获得 %s.
的折扣，请马上点击如下链接为您的朋友索取优惠券吧:
<a target="blank" href="http://'.$_SERVER['SERVER_NAME'].'/friend_discount.php?var=%s">http://'.$_SERVER['SERVER_NAME'].'/friend_discount.php?var=%s</a>

至爱的,
'.STORE_NAME.'组.');
define('EMAIL_TEXT_DISCOUNT_SUBJECT', '为你的朋友 %s 的折扣!');
?>

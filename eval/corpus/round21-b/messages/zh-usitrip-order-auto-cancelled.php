<?php
/*
  $Id: checkout_process.php,v 1.1.1.1 2003/03/22 16:56:02 nickle Exp $

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com
  Copyright (c) 2002 osCommerce
  Released under the GNU General Public License

  Traditional Chinese language pack(Big5 code) for osCommerce 2.2 ms1
  Community: http://forum.kmd.com.tw 
  Author(s): Nickle Cheng (nickle@mail.kmd.com.tw)
  Released under the GNU General Public License ,too!!

*/

if($_SERVER['HTTP_HOST'] == 'www.usitrip.com' || $_SERVER['HTTP_HOST'] == 'cn.usitrip.com'){ //only allow for demo site  
define('AUTO_CANCELED_EMAIL_TEXT_SUBJECT', '预订#%s被自动取消 ');
}else{
define('AUTO_CANCELED_EMAIL_TEXT_SUBJECT', '预订#%s被自动取消 - QA ORDER');
}
define('AUTO_CANCELED_EMAIL_TEXT_BODY', "由于重复预订，您的预定单#%s被系统自动取消。我们正在处理您的另一个相同订单#%s。如果是错误取消，我们为此而道歉。请通过以下方式，尽快与我们的客服人员联系以纠正对 订单#%s的错误处理：\n\n邮件：service@usitrip.com\n");
?>

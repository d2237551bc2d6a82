<?php
//
// +----------------------------------------------------------------------+
// |zen-cart Open Source E-commerce                                       |
// +----------------------------------------------------------------------+
// | Copyright (c) 2003 The zen-cart developers                           |
// |                                                                      |
// | http://www.zen-cart.com/index.php                                    |
// |                                                                      |
// | Portions Copyright (c) 2003 osCommerce                               |
// +----------------------------------------------------------------------+
// | This source file is subject to version 2.0 of the GPL license,       |
// | that is bundled with this package in the file LICENSE, and is        |
// | available through the world-wide-web at the following url:           |
// | http://www.zen-cart.com/license/2_0.txt.                             |
// | If you did not receive a copy of the zen-cart license and are unable |
// | to obtain it through the world-wide-web, please send a note to       |
// | license@zen-cart.com so we can mail you a copy immediately.          |
// +----------------------------------------------------------------------+
//  $Id: coupon_admin.php 5758 2007-02-08 01:39:34Z ajeh $
//

define('TEXT_COUPON_ANNOUNCE','我们很乐意为您提供商店礼券');

define('TEXT_TO_REDEEM', '您可以在结帐时兑换此优惠券.只需键入框里提供的号码，并且点击兑换按钮.');
define('TEXT_IN_CASE', ' 如果您有任何问题. ');
define('TEXT_VOUCHER_IS', '礼券号码是 ');
define('TEXT_REMEMBER', '请保留礼券号码，确保号码安全，这样您就可以享受到我们为您提供的特殊服务.');
define('TEXT_VISIT', '请访问 %s');
define('TEXT_ENTER_CODE', ' 输入号码 ');
define('TEXT_COUPON_HELP_DATE', '<p><p>礼券的有效期是 %s 至 %s</p></p>');
define('HTML_COUPON_HELP_DATE', '<p><p>礼券的有效期是 %s 至 %s</p></p>');
?>

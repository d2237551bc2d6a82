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
//  $Id: coupon_admin.php 2457 2005-11-27 04:51:37Z ajeh $
//

define('TEXT_COUPON_ANNOUNCE','ありがとうございます。クーポン券を提供いたします。');

define('TEXT_TO_REDEEM', '商品購入時にこのクーポンを使用することができます。支払情報を入力するときに下記のクーポンコードを指定してください。');
define('TEXT_IN_CASE', ' 問題が発生した場合 ');
define('TEXT_VOUCHER_IS', 'クーポン コード ');
define('TEXT_REMEMBER', 'クーポン コードをなくさないよう安全な場所に保存してください。');
define('TEXT_VISIT', 'Visit us at %s');
define('TEXT_ENTER_CODE', ' クーポンコードを入力してください。 ');
?>

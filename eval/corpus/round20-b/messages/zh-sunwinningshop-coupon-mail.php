define('TEXT_COUPON_ANNOUNCE','很乐意给您提供一份商店优惠券');

define('TEXT_TO_REDEEM', '您可以在结帐时兑现该优惠券。只要在对话框里输入代码，然后点击兑现按钮。');
define('TEXT_IN_CASE', ' 以防万一。');
define('TEXT_VOUCHER_IS', '该优惠券代码是');
define('TEXT_REMEMBER', '不要丢失该优惠券代码，请妥善包管该代码以获得该特殊优惠。');
define('TEXT_VISIT', '访问这里%s');
define('TEXT_ENTER_CODE', '并输入代码');
define('TEXT_COUPON_HELP_DATE', '<p><p>优惠券有效期为%s至%s</p></p>');
define('HTML_COUPON_HELP_DATE', '<p><p>优惠券有效期为%s至%s</p></p>');

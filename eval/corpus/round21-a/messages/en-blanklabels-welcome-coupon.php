<?php
/**
 * @package languageDefines
 * @copyright Copyright 2003-2006 Zen Cart Development Team
 * @copyright Portions Copyright 2003 osCommerce
 * @license http://www.zen-cart.com/license/2_0.txt GNU Public License V2.0
 * @version $Id: create_account.php 3027 2006-02-13 17:15:51Z drbyte $
 */

// greeting salutation
define('EMAIL_SUBJECT', 'Welcome to ' . STORE_NAME);
define('EMAIL_GREET_MR', 'Dear Mr. %s,' . "\n\n");
define('EMAIL_GREET_MS', 'Dear Ms. %s,' . "\n\n");
define('EMAIL_GREET_NONE', 'Dear %s' . "\n\n");

// First line of the greeting
define('EMAIL_WELCOME', 'Thanks for signing up with <strong>' . STORE_NAME . '</strong>. We appreciate your confidence in us, and in return we will give you the best service we can.');
define('EMAIL_SEPARATOR', '--------------------');
define('EMAIL_COUPON_INCENTIVE_HEADER', 'Congratulations! To make your next visit to our online shop a more rewarding experience, listed below are details for a Discount Coupon created just for you!' . "\n\n");
// your Discount Coupon Description will be inserted before this next define
define('EMAIL_COUPON_REDEEM', 'To use the Discount Coupon, enter the ' . TEXT_GV_REDEEM . ' code during checkout:  <strong>%s</strong>' . "\n\n");

define('EMAIL_GV_INCENTIVE_HEADER', 'Because we appreciate your interest in <a href="http://www.blanklabels.com.au/index.php?" target="_blank">BlankLabels.com.au</a>, we have sent you a ' . TEXT_GV_NAME . ' for %s!' . "\n");
define('EMAIL_GV_REDEEM', 'The ' . TEXT_GV_NAME . ' ' . TEXT_GV_REDEEM . ' is: %s ' . "\n\n" . 'You can enter the ' . TEXT_GV_REDEEM . ' during Checkout, after making your selections in the store. ');
define('EMAIL_GV_LINK', ' Or, you may redeem it now by following this link: ' . "\n");
// GV link will automatically be included before this line

define('EMAIL_GV_LINK_OTHER','<br/>Once you have added the ' . TEXT_GV_NAME . ' to your account, you may use the ' . TEXT_GV_NAME . ' for yourself, or send it to a friend!' . "\n\n");

define('EMAIL_TEXT', '<br/>We are here to give you the best labels and the best service, so that you can get on with your project! Now that you have an account with us you can:<br/><br/> ' . "\n\n" . "\n". '<li><strong><a href="http://www.blanklabels.com.au/index.php?" target="_blank">Buy our labels</a></strong> So that you can get your products/ project moving!' . "\n\n" . '<li><strong>Hear about new products</strong> when we have them ready. So that you will have access to the latest on labels!' . "\n\n" . '<li><strong>Send labels where you want! </strong> - We can now deliver your products to a different address than yours! Helpful if your factory is in a different location to your office!' . "\n\n" . '<li><strong>Permanent Cart</strong> - When you put a product into your online shopping cart it stays there until you either buy it or delete it. So you can come back and finish your order later.' . "\n\n" . '<li><strong>See all your orders from the past </strong> - So you dont have to search to re-order. Just click on what you ordered last month.' . "\n\n");
define('EMAIL_CONTACT', 'At Blanklabels.com.au we want to give you the best labels and the best service. If you want to find out about labels, or if you have a label need, please email us at <a href="mailto:' . STORE_OWNER_EMAIL_ADDRESS . '">'. STORE_OWNER_EMAIL_ADDRESS ." </a> and we will do our best to make it work for you. \n\n\n\n");
define('EMAIL_GV_CLOSURE','Thanks,' . "\n\n" . STORE_OWNER . "\nBlankLabels.com.au\n\n". '<a href="' . HTTP_SERVER . DIR_WS_CATALOG . '">'.HTTP_SERVER . DIR_WS_CATALOG ."</a>\n\n");

// email disclaimer - this disclaimer is separate from all other email disclaimers
define('EMAIL_DISCLAIMER_NEW_CUSTOMER', 'This email address was given to us by you or by one of our customers. If you did not signup for an account, or feel that you have received this email in error, please send an email to %s ');

<?php
// Email Body
$_['subject_prefix']         = "Incomplete Order at";
$_['failed_cart_greeting']   = 'Hi, %s';
$_['failed_cart_intro']      = 'We noticed you stopped by our shop recently and didn\'t complete your purchase; we just wanted to make sure this wasn\'t in error -- if you meant to complete checkout, you didn\'t complete the payment process and thus your order wasn\'t placed.';
$_['failed_cart_contents']   = 'For your convenience, here\'s a list of what was in your cart:';
$_['failed_cart_body']       = 'If your bailed cart was intentional, we\'d love to hear any feedback, suggestions or complaints you can offer so we can improve our store and customer experience!';
$_['failed_cart_footer']     = 'You received this message because you (or someone using your email address) recently stopped by our shop - you have not been added to any newsletter and will not receive further communication from us as a result of your order attempt (unless you explicitly signed up to our newsletter and/or product notifications). We do not forcefully sign people up to our communications.';
$_['failed_cart_signoff']    = 'We thank you for your interest in our merch; have an excellent day!';
$_['failed_cart_signature']  = 'Regards,';

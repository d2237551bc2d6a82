<?php
function reviewreminderemail_save_defaults($add_new = false)
{
	$current_user = wp_get_current_user();

	$option_array = array(
	'subject'	=>	esc_html_x('{fname}, share your thoughts!','Email Subject','coupon-emails') ,
	'header'  =>	esc_html_x('Your discount','Email Header','coupon-emails') ,
	'characters' =>	7,
	'wc_template' =>	1,
	'test' =>	1,
	'days_after_order' =>	4,
	'send_time'  =>	'02:30',
	'from_name'	=>	get_bloginfo('name'),
	'from_address'	=>	get_bloginfo('admin_email'),
	'bcc_address' => $current_user->user_email,
	'email_footer' => '{site_name_url}',
	'email_body'	=> wp_kses_post(_x("<p style='font-size: 20px;font-weight:600;'>Thanks for shopping with us {last_order_date}, {fname}!</p>
<p style='font-size: 18px;'>If you like our products, take advantage of this special offer. Login back into our store {site_name_url} and let others know what do you think of your purchase.</p>
<p style='font-size: 19px;font-weight:600;'>As a thank you, we'll send you a discount code that you can use the next time you buy our products from us.</p>
<p style='font-size: 18px;'>We'd love to hear your feedback.</p>
<p style='font-size: 18px;'>The Team of {site_name}</p>
<p style='font-size: 14px; line-height: 95%;'>Some products are excluded from the discount.</p>" ,'Email Body', 'coupon-emails'	) ),
	);
	if ($add_new == true) {
		add_option( 'couponemails_reviewreminder_options', $option_array );
	} else {
		update_option( 'couponemails_reviewreminder_options', $option_array );
	}
}

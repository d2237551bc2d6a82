<?php
function reorderemail_save_defaults($add_new = false)
{
	$current_user = wp_get_current_user();

	$option_array = array(
	'subject'	=>	esc_html_x("{fname}, it's time to order with discount","Email Subject","coupon-emails") ,
	'header'  =>	esc_html_x('Your discount','Email Header','coupon-emails') ,
	'characters' =>	7,
	'wc_template' =>	1,
	'test' =>	1,
	'days_after_order' =>	365,
	'send_time'  =>	'06:00',
	'expires'	=>	14,
	'from_name'	=>	get_bloginfo('name'),
	'from_address'	=>	get_bloginfo('admin_email'),
	'bcc_address' => $current_user->user_email,
	'email_footer' => '{site_name_url}',
	'disc_type' => 1,
	'individual_use' => 1,
	'description' => esc_html_x('Reorder {fname} {lname}: {email}','Coupon description','coupon-emails') ,
	'coupon_amount'	=>	10,
	'email_body'	=> wp_kses_post(_x("<p style='font-size: 20px;font-weight:600;'>We have a special discount for you, {fname}!</p>
	<p style='font-size: 18px;'>Last time you ordered with us {last_order_date}. Take advantage of this  discount code and order again:</p>
<p style='font-size: 24px;font-weight:800;'>{coupon}</p>
<p style='font-size: 18px;'>During the next {expires_in_days} days (until {expires}) you can use it in our online store {site_name_url} and get a special <strong>{percent}%</strong> discount on {products_cnt} non-discounted products.</p>
<p style='font-size: 18px;font-weight:600;'>ENJOY !</p>
<p style='font-size: 18px;'>The Team of {site_name}</p>
<p style='font-size: 14px; line-height: 95%;'>The coupon can only be used after logging into your account and cannot be used with other discounts. Some products are excluded from the discount.</p>" ,'Email Body', 'coupon-emails')) ,
	'coupon_cat' =>	esc_html_x('Reorder email','Coupon category', 'coupon-emails'	) ,
	);
	if ($add_new == true) {
		add_option( 'couponemails_reorder_options', $option_array );
	} else {
		update_option( 'couponemails_reorder_options', $option_array );
	}
}

	#EMAIL CONTENT
const EMAIL_EXPECTATION_QUESTION = 'How did this item meet your expectations?';
const EMAIL_ACTION_CALL = 'Start by rating it';
const EMAIL_REVIEW_REMINDER_SUBJECT = '%s, did your recent order at %s meet your expectations?';

const EMAIL_REVIEW_TEXT_HEAD = "Thank you for shopping at %s\n\n";

const EMAIL_REVIEW_TEXT_FOOTER = "\n" . 'Review all your past purchases at: ' . HTTP_CATALOG_SERVER . '/index.php?main_page=addon_my_reviews
	
	We hope you found this message to be useful.
	If you\'d rather not receive future e-mails of this sort from ' . HTTP_CATALOG_SERVER . ' at %s, please opt-out at ' . HTTP_CATALOG_SERVER . '/index.php?main_page=addon_reviews_reminder_optout
	--
	%s
	%s';
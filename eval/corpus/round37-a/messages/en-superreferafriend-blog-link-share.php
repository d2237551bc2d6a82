	function sraf_send_posted_mail($sraf_common) {
		$errorMsgs = array();
		
		$fromName = sraf_validate_sender_name($errorMsgs, $sraf_common);
		$fromEmail = sraf_validate_sender_email($errorMsgs, $sraf_common);
		$bodyMsg = sraf_validate_message_body($errorMsgs, $sraf_common);
		$toEmails = sraf_validate_to_emails($errorMsgs, $sraf_common);
		
		if (count($errorMsgs) > 0) {
			return "Errors:\n\t-  " . implode("\n\t-  ", $errorMsgs);
		}
		
		$headers = (
			"MIME-Version: 1.0" . "\r\n" .
			"Content-type:text/html;charset=iso-8859-1" . "\r\n" .
			"From: $fromName <$fromEmail>"
		);
		
		$toMessage = (
			"A friend of yours has sent you a link from ". get_bloginfo('name') . "\r\n" .
			"His / her message was:\r\n" . $bodyMsg
		);
		//echo $toMessage;
		$failedEmails = array();
		foreach($toEmails as $toEmail){
			if (!@wp_mail($toEmail, "Referred Blog Link", $toMessage, $headers)) {
				$failedEmails[] = $toEmail;
			}
		}
		if (count($failedEmails) > 0) {
			return "There was a problem sending emails to the following addresses:\n\t-" . implode("\n\t-", $failedEmails);
		}
		
		return NULL;
	}

Hi there!

Looks like you forgot your {$apptitle|filter_xss} password. Go to this URL to reset it:
{$application_url}{$recovery_url}

Or, if you remembered it, you can log in here and disregard this email:
{$application_url}session/login.php

Hello {X_UNAME},

Post digest of the {X_MODULE} at {X_SITENAME}: # {DIGEST_ID} .

Follow these links to view the full topics in the forums:

{DIGEST_CONTENT}

-----------

You are receiving this message because you selected to be notified of post digest.

If this is an error, or if you wish not to receive further such notifications, please update your subscriptions by visiting the link below:
{X_UNSUBSCRIBE_URL}

-----------

{X_SITENAME} ({X_SITEURL})
webmaster
{X_ADMINMAIL}

Hello {X_UNAME},

A new product "{PRODUCT_NAME}" has been added at {X_SITENAME}.

Here is the product's summary :
{PRODUCT_SUMMARY}

You can view this product here:
{PRODUCT_URL}

-----------

You are receiving this message because you selected to be notified when new products are added to our site.

If this is an error or you wish not to receive further such notifications, please update your subscriptions by visiting the link below:
{X_UNSUBSCRIBE_URL}

Please do not reply to this message.

-----------

{X_SITENAME} ({X_SITEURL})
webmaster
{X_ADMINMAIL}

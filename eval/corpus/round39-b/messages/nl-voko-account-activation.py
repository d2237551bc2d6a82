user_enable_mail = \
"""
Beste %(first_name)s,

Leuk dat je onze informatieavond hebt bezocht!

Je kunt nu je account activeren.

Klik op onderstaande link om je account te activeren:

%(URL)s


Wanneer je je account hebt geactiveerd kun je inloggen en gebruikmaken van het bestelsysteem.


Groene groetjes,

VOKO Utrecht.
"""

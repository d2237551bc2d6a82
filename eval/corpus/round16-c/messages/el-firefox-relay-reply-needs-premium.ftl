## Email sent to free users who try to reply

# Variables
#   $sender (string) - the original sender's email address
first-reply-forwarded = Έχουμε στείλει αυτήν την απάντηση στο { $sender }. Αλλά από εδώ και στο εξής, δεν θα γίνεται αποστολή των απαντήσεών σας.
# Deprecated
other-reply-not-forwarded = Η απάντησή σας ΔΕΝ απεστάλη στο { $sender }.
# Variables
#   $sender (string) - the original sender's email address
other-reply-not-forwarded-2 = Η απάντησή σας δεν απεστάλη στο { $sender }.
replies-only-available-with-premium = Η απάντηση σε προωθημένα email από τη μάσκα email σας είναι διαθέσιμη μόνο στο { -brand-name-firefox-relay-premium }.
replies-not-included-in-free-account-header = Ο δωρεάν λογαριασμός σας δεν περιλαμβάνει απαντήσεις
reply-not-sent-header = Η απάντησή σας δεν απεστάλη
upgrade-to-reply-to-future-emails = Κάντε αναβάθμιση τώρα για αποστολή απαντήσεων
upgrade-for-more-protection = Κάντε αναβάθμιση για περισσότερη προστασία
upgrade-to-premium = Αναβάθμιση στο { -brand-name-firefox-relay-premium }
manage-your-masks = Διαχειριστείτε τις μάσκες σας

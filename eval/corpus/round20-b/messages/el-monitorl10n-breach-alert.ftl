email-footer-reason-subscriber = Λαμβάνετε αυτό το αυτοματοποιημένο email ως συνδρομητής του { -brand-mozilla-monitor }. Εάν το λάβατε κατά λάθος, δεν απαιτείται καμία ενέργεια. Για περισσότερες πληροφορίες, επισκεφθείτε την <support-link>Υποστήριξη { -brand-mozilla }</support-link>.
## Breach alert email

email-breach-alert-all-subject = Εντοπίστηκε νέα παραβίαση δεδομένων
email-breach-alert-all-preview = Θα σας καθοδηγήσουμε στα βήματα για την επίλυσή της.
email-breach-alert-all-hero-heading = Έχετε εμφανιστεί σε μια νέα παραβίαση δεδομένων
email-breach-alert-all-hero-subheading = Μην ανησυχείτε, μπορούμε να σας βοηθήσουμε να επιλύσετε αυτήν την έκθεση
email-breach-alert-all-lead = Το { -brand-mozilla-monitor } ανακάλυψε την ακόλουθη παραβίαση δεδομένων, που περιλαμβάνει προσωπικά σας στοιχεία:
email-breach-alert-all-source-title = Πηγή παραβίασης:
email-breach-alert-all-data-points-title = Τα εκτεθειμένα δεδομένα σας:
email-breach-alert-all-next-steps-lead = Θα σας καθοδηγήσουμε βήμα προς βήμα για την επίλυση αυτής της παραβίασης δεδομένων.
email-breach-alert-all-next-steps-cta-label = Ας αρχίσουμε
email-breach-alert-all-next-steps-button-dashboard = Μετάβαση στον πίνακα ελέγχου

## Breach alert redesigned strings

# $company-name is the name of the company/site that was breached.
email-breach-alert-all-hero-heading-1 = Λεπτομέρειες παραβίασης δεδομένων του { $company-name }
# $company-name is the name of the company/site that was breached.
# $breach-date is the date of the breach.
email-breach-alert-all-lead-1 = Το { -brand-mozilla-monitor } βρήκε τις πληροφορίες σας σε μια παραβίαση δεδομένων της εταιρείας { $company-name }, στις { $breach-date }. Λαμβάνετε αυτήν την ειδοποίηση επειδή έχετε εγγραφεί στις <link_to_settings>ειδοποιήσεις παραβιάσεων</link_to_settings>.
email-breach-alert-all-source-title-1 = Λεπτομέρειες παραβίασης
email-breach-alert-company = Εταιρεία:
email-breach-alert-date-of-breach = Ημερομηνία παραβίασης:
email-breach-alert-info-exposed = Οι εκτεθειμένες πληροφορίες σας:
email-breach-alert-next-steps = Επόμενα βήματα
email-breach-alert-next-steps-description = <sign_in_link>Συνδεθείτε</sign_in_link> στον πίνακα ελέγχου του { -brand-mozilla-monitor }. Θα σας καθοδηγήσουμε στα απαραίτητα βήματα για την επίλυσή της.
email-breach-alert-all-next-steps-button-resolve-breach-on-dashboard = Επίλυση παραβίασης στον πίνακα ελέγχου
email-breach-alert-faqs-title = Συχνές ερωτήσεις
email-breach-alert-faq-qn-1 = Γιατί το λαμβάνω αυτό;
email-breach-alert-faq-ans-1 = Έχετε εγγραφεί στις ειδοποιήσεις παραβίασης δεδομένων. <link_to_settings>Ενημερώστε τις προτιμήσεις σας</link_to_settings> ανά πάσα στιγμή στις ρυθμίσεις.
email-breach-alert-faq-qn-2 = Γιατί δεν αναγνωρίζω αυτήν την εταιρεία ή τον ιστότοπο;
email-breach-alert-faq-ans-2 = Μπορεί να έχει αλλάξει ιδιοκτησία ή όνομα, να αφορά έναν παλιό λογαριασμό ή λογαριασμό που δημιουργήθηκε για εσάς ή να προέρχεται από μια λίστα εκτεθειμένων προσωπικών πληροφοριών.
email-breach-alert-faq-qn-3 = Τι είναι μια ειδοποίηση παραβίασης δεδομένων;
email-breach-alert-faq-ans-3 = Μια ειδοποίηση που στέλνει το { -brand-mozilla-monitor } όταν εκτίθενται, υποκλέπτονται ή αντιγράφονται χωρίς την άδειά σας προσωπικές πληροφορίες που εποπτεύετε.
email-breach-alert-faq-qn-4 = Τι είναι το { -brand-mozilla-monitor };
email-breach-alert-faq-ans-4 = Μια δωρεάν υπηρεσία ειδοποιήσεων παραβίασης δεδομένων που σας προειδοποιεί εάν οι διαδικτυακοί σας λογαριασμοί έχουν εμπλακεί σε παραβίαση δεδομένων.

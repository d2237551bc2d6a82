<?php

return [

    'invoice_remind_customer' => [
        'subject'       => 'Ενημέρωση εκπρόθεσμου τιμολογίου {invoice_number}',
        'body'          => 'Αγαπητοί{customer_name},<br /><br />Αυτή είναι μια ειδοποίηση οτι το τιμολόγιο <strong>{invoice_number}</strong> είναι εκπρόθεσμο.<br /><br />Το σύνολο του τιμολογίου είναι {invoice_total} και ήταν εμπρόθεσμο έως <strong>{invoice_due_date}</strong>.<br /><br />Μπορείτε να δείτε το τιμολόγιο και να προχωρήσετε στην πληρωμή από τον παρακάτω σύνδεσμο: <a href="{invoice_guest_link}">{invoice_number}</a>.<br /><br />Μετα Τιμής,<br />{company_name}',
    ],

];

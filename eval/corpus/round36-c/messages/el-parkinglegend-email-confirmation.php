	'reg_conf_message' 	   => '<p>Καλωσήλθατε στο ParkingLegend.com.</p>
							   <p>Παρακαλώ επιβεβαιώστε την διεύθυνση e-mail σας κάνοντας κλικ στον παρακάτω σύνδεσμο:</p>
							   <p>:attribute</p>
							   <p>Ευχαριστούμε,<br/>Ομάδα Διαχείρισης του ParkingLegend.com</p>',
    'reg_act_subject' 	   => 'Ενεργοποίηση Λογαριασμού στο ParkingLegend.com',

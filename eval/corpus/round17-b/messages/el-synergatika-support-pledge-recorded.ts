const instance = 'Synergatika.gr';
class Translation {
  public content = {
    ["el-EL" as string]: {
      new_support_member: {
        "subject": "H υπόσχεση της στήριξης σας καταγράφηκε",
        "title": ["H Πληρωμή της υπόσχεσης σας έχει καταγραφεί.", "Ακολουθήστε τις οδηγίες για να ολοκληρωθεί η διαδικασία."],
        "body": "",
        "button": ""
      },
      common: {
        "EMAIL_TEXT": "Email",
        "REASON_TEXT": "Λόγος",
        "PASSWORD_TEXT": "Password",
        "CAMPAIGN_TEXT": "Καμπάνια",
        "PAYMENT_TEXT": "ID Πληρωμής",
        "CONTENT_TEXT": "Content",
        "METHOD_TEXT": "Μέθοδος Πληρωμής",
        "TOKENS_TEXT": "Ποσό (€)",
        "IF_LINK": "Εαν δεν μεταφερθείτε αυτόματα στη σελίδα μας, κάντε αντιγραφή/επικόλληση τον παρακάτω συνδεσμο",
        "CHEERS": "Χαιρετισμούς",
        "TEAM": `η Ομάδα του ${instance}`,
        "FOOTER": "Λάβατε αυτό το μήνυμα ηλεκτρονικού ταχυδρομίου, καθώς στάλθηκε μια αίτηση για/από το συγκεκριμένο λογαριασμό. Έαν, η αίτηση δεν στάλθηκε από εσάς, μπορείται να διαγράψετε με ασφάλεια αυτο το μήνυμα."
      },
    }
  }
}
export default Translation;

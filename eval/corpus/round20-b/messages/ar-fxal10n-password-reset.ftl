recovery-subject = صفّر كلمة السر
recovery-title = أتريد تصفير كلمة السر؟
recovery-description = انقر الزر خلال الساعة القادمة لتُنشئ كلمة سر جديدة. أتى هذا الطلب من الجهاز التالي:

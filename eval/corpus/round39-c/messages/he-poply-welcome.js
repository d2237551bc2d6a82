const sendWelcomeEmail = async (user) => {
  const html = `
    <div style="font-family: Arial, sans-serif; direction: rtl; text-align: right;">
      <h2>ברוכים הבאים ל-Poply!</h2>
      <p>שלום ${user.firstName},</p>
      <p>אנחנו שמחים שהצטרפת אלינו!</p>
      <p>עכשיו אתה יכול להתחיל ליצור קמפיינים, אוטומציות ועוד.</p>
      <br>
      <p>בברכה,<br>צוות Poply</p>
    </div>
  `;

  return sendEmail({
    to: user.email,
    subject: 'ברוכים הבאים ל-Poply!',
    html
  });
};

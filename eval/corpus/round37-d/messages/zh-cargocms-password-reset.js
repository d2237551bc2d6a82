    forgotPassword: {
      sendBy: 'email',
      subject: '%(username)s - 忘記密碼通知信',
      html: `
      <br />Hi %(username)s:
      <br />
      <br />是您在我們的系統中忘記密碼了嗎??
      <br />若是您忘記了密碼，點選以下連結即可重置密碼
      <br /><a href='%(url)s'>Click Me</a>
      <br />
      <br />若無法點擊連結，請複製下方連結至瀏覽器中
      <br />
      <br />%(url)s
      <br />
      <br />若不是您，您可以選擇忽略此封郵件。
      <br />
      <br />此為系統信件，請勿直接回覆此信件
      <br />From %(storeName)s
      `
    },

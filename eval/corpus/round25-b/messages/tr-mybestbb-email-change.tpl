Subject: e-posta adres değişikliği talebi

Selam <username>,

<base_url> bağlantısında, hesabınızda daha önce belirtilmiş olan e-posta adresini değiştirmek istediğinizi belirttiniz.Eğer bu isteği siz yapmadıysanız ya da e-posta adresinizi değiştirmek istemiyorsanız lütfen bu mesajı gözardı ediniz.Aşağıdaki bağlantıya tıklarsanız e-posta adres değişikliği gerçekleşecektir.Aktivasyon sayfasının çalışabilmesi için forumlara giriş yapmış olmanız gerekmektedir.

e-posta adreslerinizi değiştirmek için lütfen aşağıdaki bağlantıya tıklayın:
<activation_url>

-- 
<board_mailer>
(Lütfen bu mesaja cevap yazmayın)
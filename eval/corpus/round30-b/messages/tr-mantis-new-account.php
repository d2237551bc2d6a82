<?php
$s_new_account_subject = 'Hesap kaydı';
$s_new_account_greeting = 'Kayıt olduğunuz için teşekkürler. "%1$s" kullanıcı adı ile bir hesabınız var. Kaydınızı tamamlamak için, aşağıdaki linke tıkladıktan sonra (tek satıra girildiğinden emin olarak) kendi erişim şifrenizi yazınız:';
$s_new_account_greeting_admincreated = '%1$s kullanıcısı senin için "%2$s" kullanıcı adı ile bir hesap oluşturdu. Kaydınızı tamamlamak için, aşağıdaki linke tıkladıktan sonra (tek satıra girildiğinden emin olarak) kendi erişim şifrenizi yazınız:';
$s_new_account_message = 'Eğer her hangi bir kayıt isteği göndermediyseniz, lütfen bu mesajı yoksayın.';
$s_new_account_do_not_reply = 'Bu mesaja cevap vermeyin';

<?php
// Text
$_['text_subject']        = '%s - Kayıt Olduğunuz için Teşekkürler';
$_['text_welcome']        = '%s sitemize kayıt olduğunuz için teşekkür ederiz!';
$_['text_login']          = 'Hesabınız başarılı bir şekilde oluşturulmuştur. E-Posta adresinizi ve şifrenizi kullanarak giriş yapabilirsiniz. Bunun için web sitemizi ziyaret edebilir veya aşağıdaki adresi kullanarak giriş yapabilirsiniz:';
$_['text_approval']       = 'Giriş yapmadan önce hesabınızın onaylanması gerekmektedir. Onaylandıktan sonra aşağıdaki URL kullanarak giriş yapabilirsiniz:';
$_['text_service']       = 'Giriş yaptıktan sonra, hesap bilgilerinizi düzenleyebilir veya geçmiş siparişlerinizi inceleyebilirsiniz.';
$_['text_thanks']         = 'Teşekkürler,';
$_['text_new_customer']   = 'Yeni Müşteri';
$_['text_signup']         = 'Yeni bir müşteri kayıt oldu:';
$_['text_customer_group'] = 'Müşteri Grubu:';
$_['text_firstname']      = 'Adı:';
$_['text_lastname']       = 'Soyadı:';
$_['text_email']          = 'E-Posta:';
$_['text_telephone']      = 'Telefon:';
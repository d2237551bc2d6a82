<?php
$lang[', click on'] = ', üzerine tıkla';
$lang['[NBM] Problems or questions'] = 'Sorunlar veya sorular';
$lang['and'] = 've';
$lang['between'] = 'arasinda';
$lang['Go to'] = 'Git';
$lang['Hello'] = 'Merhaba';
$lang['If you encounter problems or have any question, please send a message to'] = 'Eger sorun yaşarsanız yada herhangi bir sorunuz varsa, lütfen buraya bir mesaj gönderin:';
$lang['New photos added'] = 'Yeni fotoğraflar eklendi';
$lang['New photos were added'] = 'Yeni fotoğraflar eklendi';
$lang['Notification'] = 'Bilgilendirme';
$lang['on'] = 'üzerinde';
$lang['See you soon,'] = 'Yakinda görüsürüz,';
$lang['The webmaster has subscribed you to receiving notifications by mail.'] = 'Site yöneticisi posta ile haberdar olmaniz için sizi abone etti.';
$lang['To subscribe'] = 'Abone olmak için';
$lang['To unsubscribe'] = 'Abonelikten çikarmak için';
$lang['You have subscribed to receiving notifications by mail.'] = 'Posta yoluyla bildirimleri almak için abone oldunuz.';

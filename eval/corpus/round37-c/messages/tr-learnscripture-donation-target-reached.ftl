## Target reached email.


# Email sent out to donators when the target is reached,
# $name is the user's username,
# $target is the target of the donation drive (a number in GBP),
# $amount is the amount the user gave (a number in GBP)
donations-target-reached-email = Selam { $name },

  { $target } rakamındaki gelir hedefimize ulaştık!

  { $amount } miktarındaki bağışınızdan dolayı hedefimize ulaşabildik.

  Bu paralar LearnScripture.net'in site sunum ve hizmet bedelleri dahil
  olmak üzere işletme giderleri için kullanılacaktır.

  Desteğiniz için teşekkür ederiz!

  The LearnScripture.net takımı.


# Subject of email sent out to donators when the target is reached
donations-target-reached-email-subject = LearnScripture.net - gelir hedefine ulaşıldı!

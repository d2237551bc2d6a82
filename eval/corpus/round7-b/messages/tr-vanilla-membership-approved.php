<?php

$Definition['[%1$s] Membership Approved'] = '[%1$s] Üyelik Onaylandı';
$Definition['EmailMembershipApproved'] = 'Merhaba %1$s,

Üyeliğiniz onaylan. Oturum açmak için aşağıdaki bağlantıya tıklayın:

  %2$s';

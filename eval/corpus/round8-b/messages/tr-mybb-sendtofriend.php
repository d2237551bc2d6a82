<?php
/**
 * MyBB 1.9 Turkish Language Pack
 * Copyright 2014 MyBB Group, All Rights Reserved
 *
 */

$l['emailsubject_sendtofriend'] = "{1} adresinde ilginç tartışma";
$l['email_sendtofriend'] = "Merhaba,

{1} adlı kullanıcı, {2} tarafından aşağıdaki web sayfasını okumanız ilginizi çekebilir diye düşünülmüş:

{3}

{1} şu mesajı ekledi:
------------------------------------------
{4}
------------------------------------------

Teşekkürler,
{2} Ekibi
";

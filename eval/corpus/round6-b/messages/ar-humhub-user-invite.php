<?php
return [
  'Register now and participate!' => 'سجل الآن وشارك!',
  'Sign up now' => 'اشترك الآن',
  'You got an invite' => 'لقد تلقيت دعوة',
  'invited you to join {name}.' => 'دعاك للانضمام إلى {name}.',
];

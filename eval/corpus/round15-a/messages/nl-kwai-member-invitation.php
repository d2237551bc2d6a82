Beste <?= $this->e($name) ?>,

Je werd uitgenodigd om lid te worden van onze website!
Gebruik deze link <?= $this->e($website['url']) ?>/auth/invited?uuid=<?= $this->e($uuid) ?> om deze uitnodiging te activeren.

Let op! Deze uitnodiging blijft maar geldig voor <?= $this->e($expires) ?> dagen.

Heb je vragen over deze uitnodiging? Neem dan contact op met onze webmaster via email: <?= $this->e($website['email']) ?>.

Met vriendelijke groeten,
Judokwai Kemzeke.

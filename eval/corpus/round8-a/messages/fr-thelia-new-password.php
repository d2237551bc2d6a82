<?php

/*
 * This file is part of the Thelia package.
 * http://www.thelia.net
 *
 * (c) OpenStudio <info@thelia.net>
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

return [
    'Hello,' => 'Bonjour,',
    'Kind regards' => 'Cordialement',
    'The %store team.' => 'L\'équipe %store.',
    'You can change your password in your user account by opening the "Change my password" link under your personal information' => 'Vous pouvez changer votre mot de passe dans votre espace client',
    'You have requested a new password for your account at %store_name' => 'Vous avez demandé un nouveau mot de passe pour accéder à votre compte %store_name',
    'Your new password is <span style="font-family: courier, fixed; font-size: 120%">%pass</span>' => 'Votre nouveau mot de passe est <span style="font-family: courier, fixed; font-size: 120%">%pass</span>',
    'Your password for %store' => 'Votre mot de passe pour %store',
];

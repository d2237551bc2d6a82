<?php

/*
 * This file is part of Cachet.
 *
 * (c) Alt Three Services Limited
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

return [
    'incident' => [
        'new' => [
            'mail' => [
                'subject'  => '新しいインシデントが報告されました',
                'greeting' => '新しいインシデントが:app_nameで報告されました。',
                'content'  => 'インシデント :name が報告されました',
                'action'   => '見て',
            ],
        ],
    ],
];

<?php

return [
    'emails' => [
        'dear' => '親愛なる :customer_name 様',
        'thanks' => '何かお手伝いが必要な場合は、<a href=":link" style=":style">:email</a> までお問い合わせください。<br/>ありがとうございます！',

        'customers' => [
            'subscribed' => [
                'description' => 'おめでとうございます！ニュースレターコミュニティへのご参加を歓迎します。最新のニュース、トレンド、独占オファーをお届けし、お楽しみいただけます。',
                'greeting' => 'ニュースレターへようこそ！',
                'subject' => 'ニュースレターに登録しました',
                'unsubscribe' => '登録解除',
            ],
        ],
    ],
];

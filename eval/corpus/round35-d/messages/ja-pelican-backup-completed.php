<?php

return [
    'greeting' => ':name さん、こんにちは！',

    'backup_completed' => [
        'body_success' => 'バックアップの作成が完了しました。',
        'body_failed' => 'バックアップの作成に失敗しました。',
        'backup_name' => 'バックアップ名: :name',
        'server_name' => 'サーバー名: :name',
        'action' => 'バックアップを表示',
    ],

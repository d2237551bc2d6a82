<?php
/**
 * Text used for activity-based notifications.
 */
return [

    'new_comment_subject' => '页面上有新评论：:pageName',
    'new_comment_intro' => '一位用户在 :appName: 的页面上发表了评论',
    'new_page_subject' => '新页面：:pageName',
    'new_page_intro' => ':appName: 中创建了一个新页面',
    'updated_page_subject' => '页面更新：:pageName',
    'updated_page_intro' => ':appName: 中的一个页面已被更新',
    'updated_page_debounce' => '为了防止出现大量通知，一段时间内您不会收到同一编辑者再次编辑本页面的通知。',

    'detail_page_name' => '页面名称：',
    'detail_page_path' => '页面路径：',
    'detail_commenter' => '评论者：',
    'detail_comment' => '评论：',
    'detail_created_by' => '创建者：',
    'detail_updated_by' => '更新者：',

    'action_view_comment' => '查看评论',
    'action_view_page' => '查看页面',

    'footer_reason' => '向您发送此通知是因为 :link 涵盖了该项目的此类活动。',
    'footer_reason_link' => '个人通知偏好设置',
];

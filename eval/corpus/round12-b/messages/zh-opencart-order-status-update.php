<?php
// Text
$_['text_subject']      = '%s - 訂單更新 %s';
$_['text_order_id']     = '訂單號 ID:';
$_['text_date_added']   = '添加日期:';
$_['text_order_status'] = '訂單狀態已被更新為如下狀態:';
$_['text_comment']      = '訂單備註信息:';
$_['text_link']         = '如查看訂單詳情，請點擊如下鏈接:';
$_['text_footer']       = '如有問題，請回復本電郵。';
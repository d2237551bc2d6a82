<?php

declare(strict_types=1);

return [
    'traffic_remain' => '您已使用:percent%的流量，请合理安排剩余流量',
    'traffic_tips' => '请留意流量重置日，合理规划使用或在流量耗尽后充值。',
    'traffic_warning' => '流量使用提醒',
    'view_web' => '访问我们的官网',
];

define('_MI_TAF_DEFAULTSUBJ', "在「%s」中发现");
define('_MI_TAF_MAILBODYNAME', "这是由%s 发来的介绍邮件\n");

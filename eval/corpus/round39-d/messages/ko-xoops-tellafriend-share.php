define('_MI_TAF_DEFAULTSUBJ', "「%s」에서발견하였습니다.");
define('_MI_TAF_MAILBODYNAME', "%s 로부터의 소개메일입니다.\n");

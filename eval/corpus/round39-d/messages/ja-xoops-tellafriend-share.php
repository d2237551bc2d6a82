define('_MI_TAF_DEFAULTSUBJ', "「%s」で見つけました");
define('_MI_TAF_MAILBODYNAME', "%s さんからの紹介メールです\n");

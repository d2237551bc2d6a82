<?php

/**************************************************************************/
/* PHP-NUKE: Advanced Content Management System                           */
/* ============================================                           */
/*                                                                        */
/* This is the language module with all the system messages               */
/*                                                                        */
/* If you made a translation, please sent to me (fburzi@gmail.com)    */
/* the translated file. Please keep the original text order by modules,   */
/* and just one message per line, also double check your translation!     */
/*                                                                        */
/* You need to change the second quoted phrase, not the capital one!      */
/*                                                                        */
/* If you need to use double quotes (\") remember to add a backslash (\),  */
/* so your entry will look like: This is \"double quoted\" text.          */
/* And, if you use HTML code, please double check it.                     */
/**************************************************************************/

define_once("_HELLO","嗨");
define_once("_YOURFRIEND","您的朋友");
define_once("_INTSITE","有趣的網站在：");
define_once("_OURSITE","本站值得參考");
define_once("_INTSENT","有趣，所以寄來與您分享");
define_once("_FSITENAME","站名：");
define_once("_FSITEURL","網站 網址：");

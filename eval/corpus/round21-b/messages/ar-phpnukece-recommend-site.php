<?php

/**************************************************************************/
/* PHP-NUKE: Advanced Content Management System                           */
/* ============================================                           */
/*                                                                        */
/* This is the language module with all the system messages               */
/*                                                                        */
/* If you made a translation, please go to the site and send to me        */
/* the translated file. Please keep the original text order by modules,   */
/* and just one message per line, also double check your translation!     */
/*                                                                        */
/* You need to change the second quoted phrase, not the capital one!      */
/*                                                                        */
/* If you need to use double quotes (\") remember to add a backslash (\),  */
/* so your entry will look like: This is \"double quoted\" text.          */
/* And, if you use HTML code, please double check it.                     */
/**************************************************************************/

define_once("_HELLO","مرحبا");
define_once("_YOURFRIEND","صديقك");
define_once("_INTSITE","موقع ممتع:");
define_once("_OURSITE","يعتقد أن موقعنا");
define_once("_INTSENT","ممتع وأراد أن يرسله لك.");
define_once("_FSITENAME","اسم الموقع:");
define_once("_FSITEURL","عنوان الموقع:");

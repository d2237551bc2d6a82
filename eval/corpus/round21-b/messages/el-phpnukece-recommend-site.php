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

define_once("_HELLO","Γειά σας");
define_once("_YOURFRIEND","Οι Φίλοι σας");
define_once("_INTSITE","Ενδιαφέροντες Ιστοχώροι");
define_once("_OURSITE","θεώρησε ότι ο Ιστοχώρος μας");
define_once("_INTSENT","ενδιαφέρον και επιθυμούσε να σας τα στείλει.");
define_once("_FSITENAME","Όνομα Ιστοχώρου");
define_once("_FSITEURL","URL Ιστοχώρου");

<?php
/*
 *
 * OGP - Open Game Panel
 * Copyright (C) 2008 - 2018 The OGP Development Team
 *
 * http://www.opengamepanel.org/
 *
 * This program is free software; you can redistribute it and/or
 * modify it under the terms of the GNU General Public License
 * as published by the Free Software Foundation; either version 2
 * of the License, or any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 59 Temple Place - Suite 330, Boston, MA  02111-1307, USA.
 *
 */

define('OGP_LANG_confirm_change_subject', "Şifre değişikliği onay e-postası");
define('OGP_LANG_confirm_change_password_message', "Merhaba,<br><br>Şifrenizi yenilemek için lütfen linke tıklayın:<br><br>%s<br><br>Not: Eğer bu talebi siz göndermediyseniz bu e-postayı gözardı edebilirsiniz.<br><br>Lütfen bu e-postayı cevaplamayın.<br><br>______________________________<br>OGP Mail Servisi");
?>

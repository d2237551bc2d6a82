<?php
/*
 *
 * OGP - Open Game Panel
 * Copyright (C) 2008 - 2017 The OGP Development Team
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

define('confirm_change_subject', "إعادة تعيين كلمة المرور، تأكيد البريد الإلكتروني");
define('confirm_change_password_message', "مرحبا،<br><br>يرجى النقر على الرابط أدناه لإعادة تعيين كلمة المرور:<br><br>%s<br><br>ملاحظة: إذا لم تكن قد طلبت إعادة تعيين كلمة المرور، فيمكنك تجاهل هذه الرسالة الإلكترونية.<br><br>رجاءا لا ترد على هذا الأيميل!<br><br>______________________________<br>OGP Mailer");
?>

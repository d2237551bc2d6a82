<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Strings for component 'enrol_self', language 'ar', version '4.5'.
 *
 * @package     enrol_self
 * @category    string
 * @copyright   1999 Martin Dougiamas and contributors
 * @license     https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['expiryinactivemessageenrolledbody'] = 'مرحبًا {$a->user}،

إن انضمامك إلى المساق {$a->course} ينتهي في {$a->timeend} نظرًا لكونك لم تقم بزيارته خلال {$a->inactivetime} من الأيام الماضية.

للإبقاء على انضمامك ساريًا، سجل دخولك وقم بزيارة <a href="{$a->url}">{$a->course}</a> قبل {$a->timeend}.';
$string['expiryinactivemessageenrolledsubject'] = 'انضمامك تنتهي صلاحيته: {$a->course}';

<?php

declare(strict_types=1);
/**
 * NOTICE OF LICENSE.
 *
 * UNIT3D Community Edition is open-sourced software licensed under the GNU Affero General Public License v3.0
 * The details is bundled with this project in the file LICENSE.txt.
 *
 * @project    UNIT3D Community Edition
 *
 * @author     EkoNesLeg
 * @license    https://www.gnu.org/licenses/agpl-3.0.en.html/ GNU Affero General Public License v3.0
 */

return [
    'invite-header'       => 'הזמנה ל',
    'invite-invited'      => 'הוזמנת ל',
    'invite-message'      => 'הודעה',
    'invite-signup'       => 'הירשם עכשיו',
    'register-footer'     => 'אם הכפתור למעלה לא עובד, העתק והדבק את ה-URL בשורת הכתובת של הדפדפן שלך',
];

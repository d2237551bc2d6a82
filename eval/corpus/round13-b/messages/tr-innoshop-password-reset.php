<?php
/**
 * Copyright (c) Since 2024 InnoShop - All Rights Reserved
 *
 * @link       https://www.innoshop.com
 * @author     InnoShop <team@innoshop.com>
 * @license    https://opensource.org/licenses/OSL-3.0 Open Software License (OSL 3.0)
 */

return [
    'retrieve_password_btn'   => 'Şifreyi sıfırlamak için tıklayın',
    'retrieve_password_text'  => 'Şifrenizi geri alıyorsunuz, işlemi tamamlamak için aşağıdaki butona tıklayın.',
    'retrieve_password_title' => 'Şifreyi Geri Al',
];

<?php
// *	@source		See SOURCE.txt for source and other copyright.
// *	@license	GNU General Public License version 3; see LICENSE.txt

// Text
$_['text_subject']          = '%s - Заказ %s';
$_['text_greeting']         = 'Благодарим за интерес к товарам %s. Ваш заказ получен и поступил в обработку.';
$_['text_link']             = 'Для просмотра Вашего заказа перейдите по ссылке:';
$_['text_order_detail']     = 'Детали заказа';
$_['text_instruction']      = 'Инструкции';
$_['text_order_id']         = '№ заказа:';
$_['text_date_added']       = 'Дата добавления:';
$_['text_order_status']     = 'Состояние заказа:';
$_['text_payment_method']   = 'Способ оплаты:';
$_['text_shipping_method']  = 'Способ доставки:';
$_['text_email']            = 'E-mail:';
$_['text_telephone']        = 'Телефон:';
$_['text_ip']               = 'IP-адрес:';
$_['text_payment_address']  = 'Платёжный адрес';
$_['text_shipping_address'] = 'Адрес доставки';
$_['text_products']         = 'Товары';
$_['text_product']          = 'Товар';
$_['text_model']            = 'Код товара';
$_['text_quantity']         = 'Количество';
$_['text_price']            = 'Цена';
$_['text_order_total']      = 'Заказ итого';
$_['text_total']            = 'Всего';
$_['text_download']         = 'После подтверждения оплаты, чтобы скачать товар, перейдите по ссылке:';
$_['text_comment']          = 'Комментарий к Вашему заказу:';
$_['text_footer']           = 'Если у Вас есть какие-либо вопросы, ответьте на это сообщение.';
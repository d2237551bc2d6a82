<html>
	<h2>Ваш заказ №%n% передан в обработку. Спасибо, что воспользовались нашими услугами!</h2>
	<p>Статус заказа и подробности вы можете уточнить в <a href="%address%?route=lk">вашем личном кабинете</a></p>
	<p></p>	
	<h2><b>Ваши данные для входа в личный кабинет:</b></h2>
	<p><b>E-mail:</b> %email%</p>
	<p><b>Пароль:</b> %pass%</p>
	<p></p>
	<h2>О заказе</h2>
	<p><b>Номер заказа:</b> %n%</p>
	<p><b>Тип доставки:</b> %type%</p>
	<p><b>Дата заказа:</b> %orderdate%</p>
	<p></p>
	<p><b>Описание груза:</b></p>
	<p><b>&nbsp;&nbsp;&nbsp;Количество мест:</b> %places%</p>
	<p><b>&nbsp;&nbsp;&nbsp;Вес (кг):</b> %weight%</p>
	<p><b>&nbsp;&nbsp;&nbsp;Описание:</b> %description%</p>
	<p></p>
	<p><b>Отправитель:</b></p>
		<p><b>&nbsp;&nbsp;&nbsp;E-mail:</b> %email%</p>
		<p><b>&nbsp;&nbsp;&nbsp;ФИО:</b> %FIO%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Телофон:</b> %phone%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Второй телофон:</b> %second_phone%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Организация:</b> %organization%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Страна:</b> %country%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Регион:</b> %region%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Город:</b> %city%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Адресс:</b> %orderadress%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Индекс:</b> %index%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Примечание:</b> %note%</p>
	<p></p>					
	<p><b>Получатель:</b></p>
		<p><b>&nbsp;&nbsp;&nbsp;E-mail:</b> %email2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;ФИО:</b> %FIO2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Телофон:</b> %phone2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Второй телофон:</b> %second_phone2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Организация:</b> %organization2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Страна:</b> %country2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Регион:</b> %region2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Город:</b> %city2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Адресс:</b> %orderadress2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Индекс:</b> %index2%</p>
		<p><b>&nbsp;&nbsp;&nbsp;Примечание:</b> %note2%</p>
</html>
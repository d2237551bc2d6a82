/**
 * Shop_UpdateOrder
 *
 * Шаблон корзины заказов в TSVshop
 *
 * @category	chunk
 * @version 	5.3
 * @license 	http://www.gnu.org/copyleft/gpl.html GNU Public License (GPL)
 * @internal  @modx_category TSVshop
 * @internal  @installset base, sample
 * @author    Telnij Sergey (Serg24) <privat_tel@mail.ru>, http://tsvshop.tsv.org.ua, http://tsvshop.xyz 
 */

<p>Уважаемый [+shop.order.fio+]</p>
<p>Статус заказа №[+shop.order.numorder+], сделанного Вами [+shop.order.dateorder+], был изменена на [+shop.order.status+]</p>
<p>С уважением, администрация сайта [+shop.order.sitename+]</p>
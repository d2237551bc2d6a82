@extends('mail.html.layout')
@section('content')
<h1 style="color:#000000;margin: 25px 0;font-size: 26px;line-height: 37px;text-align:center;text-align: center !important;color: #f04e23 !important;text-shadow: 1px 1px 0px rgba(0, 0, 0),-1px 1px 0px rgba(0, 0, 0), 1px -1px 0px rgba(0, 0, 0),-1px -1px 0px rgba(0, 0, 0), 0px 4px 4px rgba(0, 0, 0, 0.25) !important;text-shadow: none !important;">
    Дедушка Мороз<br />
    снова ждет Вашу заявку<br />на
    поздравления!
</h1>
<div class="text-content" style="color:#000000;font-size: 17px;line-height: 24px;text-align: center;color: #000000;">
    <p class="mb-14" style="margin-bottom: 14px;">
        В прошлом году Вы принимали участие в акции
        «Kinder Дед Мороз приходит в гости»
        и получили видеопоздравление!
    </p>
    <p>
        Заполните заявку на сайте
        <a href="https://www.kinder.com/ru/ru/kinder-new-year" style="color: #F04E23 !important;">www.kinder.com</a>
        в этом году
        и подарите ребёнку новое незабываемое
        видеопоздравление
        от Kinder Дедушки Мороза!
    </p>
</div>
<h2 style="color:#000000;font-size: 26px;line-height: 37px;margin-bottom: 20px;text-align: center;color: #f04e23;">
    Новый год приходит
</h2>
<table style="color:#000000;margin:0 auto;">
    <tr style="vertical-align: baseline;">
        <td>
            <h2 style="font-size: 26px;line-height: 37px;margin-bottom: 20px;text-align: center;color: #f04e23;">
                с
            </h2>
        </td>
        <td>
            <img src="https://kinder.gpucloud.ru/img/promo-logo.png" alt="" class="bottom-kinder" style="position: relative;top: 6px;height: 60px;width: 203px;margin-right: 4px;" />
        </td>
        <td>
            <h2 style="font-size: 26px;line-height: 37px;margin-bottom: 20px;">
                !
            </h2>
        </td>
    </tr>
</table>
@endsection
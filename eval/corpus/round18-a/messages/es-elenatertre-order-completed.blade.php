{{--@formatter:off--}}
<x-mail::message>
# ¡Hola {{ $name }}!

Esperamos que hayas recibido el pedido.
<br><br>

**Tu compra es un impulso a la investigación contra el cáncer infantil y adolescente, a la visibilidad del osteosarcoma y al acompañamiento de muchas familias.**


¿Quieres seguir subiéndote a la ola solidaria?

<x-footer-mail :tags="[
'UnidosContraElOsteosarcoma','SúbeteALaOlaSolidaria'
]"/>
</x-mail::message>


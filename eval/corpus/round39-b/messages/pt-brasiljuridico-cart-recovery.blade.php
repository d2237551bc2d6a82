<br><br>
<p>Olá {{$student_name}}, tudo bem?</p>
 
<p>Notamos que você se interessou por alguns de nossos cursos, então que tal aproveitar e adquiri-lo com desconto?</p>
 
<p>Isso mesmo, vamos lhe dar {{$percentage}}% de desconto para você finalizar a sua compra. Vamos lá, aproveite! Mas, corra que é por tempo limitado.</p>
 
<p>CUPOM DE DESCONTO PROMOCIONAL</p>
 
<p>Att</p>

<p><b>Brasil Jurídico</b></p>

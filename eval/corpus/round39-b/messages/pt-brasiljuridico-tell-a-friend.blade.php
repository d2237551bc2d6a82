<strong>{{ $friend }}</strong>,
<br/><br/>
{{$recommendation}}
<br/><br/>
Conheça os detalhes do curso agora em <a href="{{ url($route) }}">{{ url($route) }}</a>
<br/>
<br/>
<b>Equipe Brasil Jurídico</b>
<div>
<h1>Merci pour la commande laisse un avis stp</h1>
<a href="{{$reviewUrl}}">Clique ici</a>
<p>{{$reviewUrl}}</p>
</div>

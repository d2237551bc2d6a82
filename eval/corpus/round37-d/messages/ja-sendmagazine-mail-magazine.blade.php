@component('mail::message')
{{$name}} 様

{!! $description !!}

{!! $footer !!}
@endcomponent

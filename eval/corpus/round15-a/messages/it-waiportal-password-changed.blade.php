Ciao {{ $user->name }},

la tua password su [{{ config('app.name') }}]({{ url('/') }}) è stata
reimpostata come richiesto.

Puoi ora effettuare il login con le nuove credenziali.

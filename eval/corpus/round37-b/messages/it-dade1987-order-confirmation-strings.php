<?php
return
    [
        'shop' => 'Negozio',
        'thankyou'=> 'Grazie Per Il Tuo Ordine!',
        'subtitle'=> 'Il Tuo Ordine Presto Sarà Da Te! BUON APPETITO!',
        'order'=> 'Stiamo Servendo L\'Ordine. Numero',
        'total'=> 'Totale',
        'address'=> 'Indirizzo Ordine',
        'date'=> 'Data e Ora Di Consegna',
        'unsubscribe'=> 'Se non hai creato un account usando questo indirizzo email, perfavore ignorala o disicriviti'
    ];

<?php

return [
    "order_paid" => "Gentile cliente hai pagato il tuo ordine.",
    "order_paid_subject" => "Ordine pagato",
    "order_code" => "Codice ordine",
    "total_paid" => "Totale pagato",
    "order_content" => "Cosa c'è nel tuo ordine",
    "detail_name" => "Nome",
    "detail_price" => "Prezzo",
    "detail_quantity" => "Quantità",
];

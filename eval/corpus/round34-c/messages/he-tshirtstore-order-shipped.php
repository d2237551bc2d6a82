<?php

return [
    'brand_name' => 'חנות החולצות',
    'greeting' => 'שלום :name,',
    'order_number' => 'מספר הזמנה',
    'order_shipped_subject' => 'ההזמנה שלך :number נשלחה',
    'order_shipped_intro' => 'בשורה טובה — ההזמנה שלך בדרך אליך.',
    'carrier' => 'חברת השילוח',
    'tracking_number' => 'מספר מעקב',
    'track_shipment' => 'מעקב אחר המשלוח',
    'thanks' => 'תודה שקנית אצלנו.',
    'regards' => 'צוות :app_name',
];

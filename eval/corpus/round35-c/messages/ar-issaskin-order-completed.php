<?php

return [
    "orders" => [
        "subject" => [
            "completed" => "طلبك رقم #:order قد تم إكماله",
        ],
        "status" => [
            "completed" => [
                "title" => "تم إكمال طلبك",
                "message" => "تم إكمال طلبك وتسليمه.",
                "feedback" => "نأمل أن تكون راضيًا عن عملية الشراء.",
            ],
            "common" => [
                "greeting" => "مرحبًا :name,",
                "thank_you" => "شكرًا لتسوقك معنا!",
                "questions" =>
                    "إذا كان لديك أي أسئلة، لا تتردد في التواصل معنا.",
                "additional_info" => "معلومات إضافية",
            ],
        ],
        "order_details" => [
            "title" => "تفاصيل الطلب",
            "number" => "رقم الطلب",
            "date" => "تاريخ الطلب",
            "payment_status" => "حالة الدفع",
            "billing_address" => "عنوان الفوترة",
            "shipping_address" => "عنوان الشحن",
            "product" => "المنتج",
            "quantity" => "الكمية",
            "price" => "السعر",
            "subtotal" => "المجموع الفرعي",
            "shipping" => "الشحن",
            "total" => "الإجمالي",
        ],
    ],
    " Download Invoice" => "تحميل الفاتورة",
];

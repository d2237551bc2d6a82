<?php

return [
    // Order Confirmation Email
    'order_confirmation_subject' => 'تأكيد الطلب - #:order_number',
    'order_confirmed' => 'تم تأكيد الطلب',
    'thank_you_message' => 'شكراً لشرائك',
    'dear' => 'عزيزي',
    'thank_you_for_order' => 'شكراً لطلبك! تم استلام الدفعة وجاري تفعيل خدماتك.',
    
    // Order Details
    'order_details' => 'تفاصيل الطلب',
    'description' => 'الوصف',
    'value' => 'القيمة',
    'order_number' => 'رقم الطلب',
    'invoice_number' => 'رقم الفاتورة',
    'order_date' => 'تاريخ الطلب',
    'payment_status' => 'حالة الدفع',
    'payment_method' => 'طريقة الدفع',
    
    // Purchased Items
    'purchased_items' => 'المنتجات المشتراة',
    'item' => 'المنتج',
    'details' => 'التفاصيل',
    'price' => 'السعر',
    'total' => 'الإجمالي',
    
    // Services
    'your_services' => 'خدماتك',
    'domain' => 'النطاق',
    'next_renewal' => 'موعد التجديد القادم',
    'billing_cycle' => 'دورة الفوترة',
    'status' => 'الحالة',
    
    // What's Next
    'whats_next' => 'ماذا بعد؟',
    'hosting_credentials' => 'سيتم إرسال بيانات الدخول لحساب الاستضافة في رسالة منفصلة بمجرد تفعيل الخدمة.',
    'manage_services' => 'يمكنك إدارة خدماتك من لوحة التحكم الخاصة بك.',
    'support_available' => 'فريق الدعم متاح على مدار الساعة إذا احتجت أي مساعدة.',
    
    // Buttons
    'go_to_dashboard' => 'الذهاب للوحة التحكم',
    'view_invoice' => 'عرض الفاتورة',
    
    // Rating
    'rate_experience' => 'كيف كانت تجربتك؟',
    'rate_experience_desc' => 'رأيك يساعدنا على تحسين خدماتنا.',
    'rate_now' => 'قيّم الآن',
    
    // Footer
    'questions' => 'إذا كان لديك أي استفسارات، لا تتردد في التواصل مع فريق الدعم.',
    'thanks' => 'شكراً',
    'team' => 'فريق',
    'best_regards' => 'مع أطيب التحيات',
    'customer_success_team' => 'فريق نجاح العملاء',
    'order_reference' => 'مرجع الطلب',
    'invoice_reference' => 'الفاتورة',
    
    // Company Info
    'uk_office' => 'مكتب المملكة المتحدة',
    'egypt_office' => 'مكتب مصر',
    'reg_number' => 'رقم السجل التجاري',
    'tax_number' => 'رقم التسجيل الضريبي',
    'trusted_secure' => 'موثوق وآمن',
    'secure_payment' => 'آمن',
    'guarantee' => 'ضمان',
    'company_address' => 'القاهرة، مصر',
    'company_email' => 'البريد الإلكتروني',
    'company_website' => 'الموقع',
    
    // Payment Methods
    'payment_methods' => [
        'wallet' => 'المحفظة',
        'stripe' => 'بطاقة ائتمان',
        'paypal' => 'باي بال',
        'bank_transfer' => 'تحويل بنكي',
        'cash' => 'نقدي',
        'na' => 'غير محدد',
    ],
    
    // Payment Statuses
    'payment_statuses' => [
        'paid' => 'مدفوع',
        'pending' => 'قيد الانتظار',
        'unpaid' => 'غير مدفوع',
        'cancelled' => 'ملغي',
        'refunded' => 'مسترد',
        'partial' => 'جزئي',
    ],
    
    // Product Names
    'product_names' => [
        'domain registration' => 'تسجيل نطاق',
        'domain renewal' => 'تجديد نطاق',
        'domain transfer' => 'نقل نطاق',
        'web hosting' => 'استضافة ويب',
        'vps hosting' => 'استضافة VPS',
        'dedicated server' => 'سيرفر مخصص',
        'ssl certificate' => 'شهادة SSL',
        'email hosting' => 'استضافة بريد',
        'cloud hosting' => 'استضافة سحابية',
        'reseller hosting' => 'استضافة موزعين',
        'wordpress hosting' => 'استضافة ووردبريس',
    ],
];

<?php
/*
  $Id$

  osCommerce, Open Source E-Commerce Solutions
  http://www.oscommerce.com

  Copyright (c) 2002 osCommerce

  Released under the GNU General Public License
*/

define('HEADING_TITLE', 'أوامر');
define('HEADING_TITLE_SEARCH', 'معرف الطلب:');
define('HEADING_TITLE_STATUS', 'الوضع:');

define('TABLE_HEADING_COMMENTS', 'تعليقات');
define('TABLE_HEADING_CUSTOMERS', 'الزبائن');
define('TABLE_HEADING_ORDER_TOTAL', 'النظام مجموع');
define('TABLE_HEADING_DATE_PURCHASED', 'تاريخ شرائها');
define('TABLE_HEADING_STATUS', 'حالة');
define('TABLE_HEADING_ACTION', 'عمل');
define('TABLE_HEADING_QUANTITY', 'الكمية.');
define('TABLE_HEADING_PRODUCTS_MODEL', 'نموذج');
define('TABLE_HEADING_PRODUCTS', 'المنتجات');
define('TABLE_HEADING_TAX', 'ضريبة');
define('TABLE_HEADING_TOTAL', 'مجموع');
define('TABLE_HEADING_PRICE_EXCLUDING_TAX', 'السعر (السابقين)');
define('TABLE_HEADING_PRICE_INCLUDING_TAX', 'السعر (المؤتمر الوطني العراقي)');
define('TABLE_HEADING_TOTAL_EXCLUDING_TAX', 'مجموع (السابقين)');
define('TABLE_HEADING_TOTAL_INCLUDING_TAX', 'مجموع (المؤتمر الوطني العراقي)');

define('TABLE_HEADING_CUSTOMER_NOTIFIED', 'أخطرت العملاء');
define('TABLE_HEADING_DATE_ADDED', 'تاريخ الاضافة على الموقع');

define('ENTRY_CUSTOMER', 'العملاء:');
define('ENTRY_SOLD_TO', 'بيعت ل:');
define('ENTRY_DELIVERY_TO', 'تسليم إلى:');
define('ENTRY_SHIP_TO', 'نشحن إلى:');
define('ENTRY_SHIPPING_ADDRESS', 'الشحن العنوان:');
define('ENTRY_BILLING_ADDRESS', 'الفواتير العنوان:');
define('ENTRY_PAYMENT_METHOD', 'طريقة الدفع:');
define('ENTRY_CREDIT_CARD_TYPE', 'نوع بطاقة الائتمان:');
define('ENTRY_CREDIT_CARD_OWNER', 'بطاقة الائتمان المالك:');
define('ENTRY_CREDIT_CARD_NUMBER', 'رقم بطاقة الائتمان:');
define('ENTRY_CREDIT_CARD_EXPIRES', 'بطاقة الائتمان ينتهي:');
define('ENTRY_SUB_TOTAL', 'المجموع الفرعي:');
define('ENTRY_TAX', 'الضرائب:');
define('ENTRY_SHIPPING', 'الشحن:');
define('ENTRY_TOTAL', 'مجموع:');
define('ENTRY_DATE_PURCHASED', 'تاريخ شراءها:');
define('ENTRY_STATUS', 'الوضع:');
define('ENTRY_DATE_LAST_UPDATED', 'تاريخ آخر تحديث:');
define('ENTRY_NOTIFY_CUSTOMER', 'بإخطار العملاء:');
define('ENTRY_NOTIFY_COMMENTS', 'إلحاق التعليقات:');
define('ENTRY_PRINTABLE', 'طباعة الفاتورة');

define('TEXT_INFO_HEADING_DELETE_ORDER', 'حذف ترتيب');
define('TEXT_INFO_DELETE_INTRO', 'هل أنت متأكد أنك تريد حذف هذا النظام؟');
define('TEXT_INFO_RESTOCK_PRODUCT_QUANTITY', 'اعادة كمية المنتج');
define('TEXT_DATE_ORDER_CREATED', 'تاريخ الإنشاء:');
define('TEXT_DATE_ORDER_LAST_MODIFIED', 'آخر تعديل:');
define('TEXT_INFO_PAYMENT_METHOD', 'طريقة الدفع:');

define('TEXT_ALL_ORDERS', 'جميع الطلبيات');
define('TEXT_NO_ORDER_HISTORY', 'لا يشتري التاريخ المتوفرة');

define('EMAIL_SEPARATOR', '------------------------------------------------------');
define('EMAIL_TEXT_SUBJECT', 'أجل تحديث');
define('EMAIL_TEXT_ORDER_NUMBER', 'رقم الطلب:');
define('EMAIL_TEXT_INVOICE_URL', 'فاتورة مفصلة:');
define('EMAIL_TEXT_DATE_ORDERED', 'تاريخ أمر:');
define('EMAIL_TEXT_STATUS_UPDATE', 'تم تحديث النظام الخاص بك إلى الحالة التالية.' . "\n\n" . 'الوضع الجديد: %s' . "\n\n" . 'يرجى الرد على هذا البريد الإلكتروني إذا كان لديك أي أسئلة.' . "\n");
define('EMAIL_TEXT_COMMENTS_UPDATE', 'التعليقات لطلبك' . "\n\n%s\n\n");

define('ERROR_ORDER_DOES_NOT_EXIST', 'خطأ: لا وجود طلب.');
define('SUCCESS_ORDER_UPDATED', 'تم تحديث ترتيب بنجاح: النجاح.');
define('WARNING_ORDER_NOT_UPDATED', 'تحذير: لا شيء للتغيير. لم يتم تحديث النظام.');
?>

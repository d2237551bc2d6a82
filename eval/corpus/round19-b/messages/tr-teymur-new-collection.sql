-- 2. Ürün Tanıtımı
INSERT INTO email_templates (
  name, description, category, subject, preheader, body_html, body_text,
  from_name, from_email, priority, track_opens, track_clicks,
  available_variables, tags, language, status
) VALUES (
  'Yeni Ürün Duyurusu',
  'Yeni ürün lansmanı için email şablonu',
  'welcome',
  'Yeni Koleksiyonumuz Çıktı! 🎉',
  'En yeni ürünlerimizi keşfedin',
  '<!DOCTYPE html>
<html>
<head>
  <meta charset="UTF-8">
  <title>Yeni Ürün</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; max-width: 600px; margin: 0 auto; padding: 20px;">
  <h1 style="color: #e74c3c;">🎉 Yeni Koleksiyonumuz Çıktı!</h1>
  
  <p>Merhaba {first_name},</p>
  
  <p>Sizi en yeni koleksiyonumuz hakkında bilgilendirmek istiyoruz!</p>
  
  <p><strong>Öne Çıkanlar:</strong></p>
  <ul>
    <li>Premium kalite kumaşlar</li>
    <li>Modern ve şık tasarımlar</li>
    <li>Uygun fiyatlar</li>
    <li>Hızlı teslimat</li>
  </ul>
  
  <p style="text-align: center; margin: 30px 0;">
    <a href="https://www.teymurtekstil.com/yeni-urunler" style="background-color: #e74c3c; color: white; padding: 12px 30px; text-decoration: none; border-radius: 5px; display: inline-block; font-weight: bold;">Ürünleri İncele</a>
  </p>
  
  <p style="margin-top: 30px;">
    İyi alışverişler,<br>
    <strong>Teymur Tekstil</strong>
  </p>
</body>
</html>',
  'Merhaba {first_name},

🎉 YENİ KOLEKSİYONUMUZ ÇIKTI!

Sizi en yeni koleksiyonumuz hakkında bilgilendirmek istiyoruz!

Öne Çıkanlar:
• Premium kalite kumaşlar
• Modern ve şık tasarımlar
• Uygun fiyatlar
• Hızlı teslimat

Ürünlerimizi İncele: https://www.teymurtekstil.com/yeni-urunler

İyi alışverişler,
Teymur Tekstil',
  'Teymur Tekstil',
  'info@teymurtekstil.com',
  'normal',
  true,
  true,
  '["first_name", "last_name"]',
  ARRAY['promotion', 'product', 'announcement'],
  'tr',
  'active'
);

-- 4. Bülten (Newsletter)
INSERT INTO email_templates (
  name, description, category, subject, preheader, body_html, body_text,
  from_name, from_email, priority, track_opens, track_clicks,
  available_variables, tags, language, status
) VALUES (
  'Aylık Bülten',
  'Aylık haber ve güncelleme bülteni',
  'welcome',
  'Aylık Bülten - Kasım 2025',
  'Bu ayki yenilikler ve haberler',
  '<!DOCTYPE html>
<html>
<head>
  <meta charset="UTF-8">
  <title>Bülten</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; max-width: 600px; margin: 0 auto; padding: 20px;">
  <h1 style="color: #3498db; border-bottom: 3px solid #3498db; padding-bottom: 10px;">📰 Aylık Bülten</h1>
  
  <p>Merhaba {first_name},</p>
  
  <p>Bu ayki en önemli gelişmeleri sizler için derledik.</p>
  
  <h2 style="color: #2c3e50; margin-top: 30px;">📌 Bu Ay Neler Oldu?</h2>
  <ul>
    <li><strong>Yeni Koleksiyon:</strong> Sonbahar/Kış koleksiyonumuz yayında</li>
    <li><strong>Kampanyalar:</strong> Özel indirim günleri başladı</li>
    <li><strong>Blog:</strong> Kumaş bakım ipuçları yazımız yayınlandı</li>
  </ul>
  
  <h2 style="color: #2c3e50; margin-top: 30px;">🎯 Gelecek Ay</h2>
  <p>Aralık ayında sizleri yılbaşı özel kampanyalarımız bekliyor!</p>
  
  <p style="text-align: center; margin: 30px 0;">
    <a href="https://www.teymurtekstil.com/blog" style="background-color: #3498db; color: white; padding: 12px 30px; text-decoration: none; border-radius: 5px; display: inline-block; font-weight: bold;">Daha Fazlası</a>
  </p>
  
  <p style="margin-top: 40px;">
    İyi okumalar,<br>
    <strong>Teymur Tekstil</strong>
  </p>
  
  <hr style="margin: 40px 0; border: none; border-top: 1px solid #ddd;">
  
  <p style="font-size: 12px; color: #666;">
    Bu emaili almak istemiyorsanız <a href="https://www.teymurtekstil.com/unsubscribe">buradan</a> aboneliği iptal edebilirsiniz.
  </p>
</body>
</html>',
  'AYLIK BÜLTEN - Kasım 2025

Merhaba {first_name},

Bu ayki en önemli gelişmeleri sizler için derledik.

📌 BU AY NELER OLDU?
• Yeni Koleksiyon: Sonbahar/Kış koleksiyonumuz yayında
• Kampanyalar: Özel indirim günleri başladı
• Blog: Kumaş bakım ipuçları yazımız yayınlandı

🎯 GELECEK AY
Aralık ayında sizleri yılbaşı özel kampanyalarımız bekliyor!

Daha Fazlası: https://www.teymurtekstil.com/blog

İyi okumalar,
Teymur Tekstil

---
Bu emaili almak istemiyorsanız buradan aboneliği iptal edebilirsiniz:
https://www.teymurtekstil.com/unsubscribe',
  'Teymur Tekstil',
  'info@teymurtekstil.com',
  'normal',
  true,
  true,
  '["first_name"]',
  ARRAY['newsletter', 'monthly', 'updates'],
  'tr',
  'active'
);

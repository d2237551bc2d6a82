-- 3. İndirim Kampanyası
INSERT INTO email_templates (
  name, description, category, subject, preheader, body_html, body_text,
  from_name, from_email, priority, track_opens, track_clicks,
  available_variables, tags, language, status
) VALUES (
  'İndirim Kampanyası - %50',
  'Büyük indirim kampanyası duyurusu',
  'welcome',
  '🔥 %50 İndirim Başladı!',
  'Kaçırmayın! Sınırlı süre',
  '<!DOCTYPE html>
<html>
<head>
  <meta charset="UTF-8">
  <title>İndirim</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; max-width: 600px; margin: 0 auto; padding: 20px;">
  <div style="background-color: #ff6b6b; color: white; padding: 20px; text-align: center; border-radius: 10px;">
    <h1 style="margin: 0; font-size: 32px;">🔥 %50 İNDİRİM!</h1>
    <p style="margin: 10px 0 0 0; font-size: 18px;">Sınırlı Süre - Kaçırmayın!</p>
  </div>
  
  <p style="margin-top: 30px;">Sayın {first_name},</p>
  
  <p><strong>Müjde!</strong> Tüm ürünlerimizde %50''ye varan indirimler başladı!</p>
  
  <p><strong>Kampanya Detayları:</strong></p>
  <ul>
    <li>📅 Süre: 3 gün</li>
    <li>🎯 Tüm kategorilerde geçerli</li>
    <li>🚚 Ücretsiz kargo</li>
    <li>💳 Taksit imkanı</li>
  </ul>
  
  <p style="text-align: center; margin: 30px 0;">
    <a href="https://www.teymurtekstil.com/kampanya" style="background-color: #ff6b6b; color: white; padding: 15px 40px; text-decoration: none; border-radius: 5px; display: inline-block; font-weight: bold; font-size: 18px;">Hemen Alışverişe Başla</a>
  </p>
  
  <p style="color: #666; font-size: 12px; margin-top: 40px;">
    * Kampanya 27.11.2025 tarihinde sona erecektir.
  </p>
  
  <p style="margin-top: 30px;">
    Mutlu alışverişler dileriz,<br>
    <strong>Teymur Tekstil Ekibi</strong>
  </p>
</body>
</html>',
  'Sayın {first_name},

🔥 %50 İNDİRİM BAŞLADI!
Sınırlı Süre - Kaçırmayın!

MÜJDE! Tüm ürünlerimizde %50''ye varan indirimler başladı!

Kampanya Detayları:
📅 Süre: 3 gün
🎯 Tüm kategorilerde geçerli
🚚 Ücretsiz kargo
💳 Taksit imkanı

Hemen Alışverişe Başla: https://www.teymurtekstil.com/kampanya

* Kampanya 27.11.2025 tarihinde sona erecektir.

Mutlu alışverişler dileriz,
Teymur Tekstil Ekibi',
  'Teymur Tekstil',
  'info@teymurtekstil.com',
  'high',
  true,
  true,
  '["first_name", "last_name"]',
  ARRAY['promotion', 'sale', 'discount'],
  'tr',
  'active'
);

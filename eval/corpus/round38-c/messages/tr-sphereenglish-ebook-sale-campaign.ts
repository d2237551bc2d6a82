    {
      id: "campaign_discount",
      name: "Kampanya — Yüzde İndirim",
      category: "campaign",
      description: "İndirim kampanyası, kupon kodu ve süre baskısı ile",
      subject: "🔥 3 gün özel: Tüm e-kitaplarda %30 indirim",
      previewText: "SPHERE30 kodu ile kasada — 3 gün sonra biter",
      html: baseTemplate(
        "🔥 3 gün özel: Tüm e-kitaplarda %30 indirim",
        "SPHERE30 kodu ile kasada — 3 gün sonra biter",
        `
        <h2 style="margin:0 0 16px 0;font-size:22px;font-weight:700;color:#1B365D;">%30 indirim — 3 gün özel</h2>
        <p style="margin:0 0 16px 0;font-size:15px;line-height:1.6;color:#334155;">Merhaba,</p>
        <p style="margin:0 0 16px 0;font-size:15px;line-height:1.6;color:#334155;">Tüm iş İngilizcesi e-kitaplarında <strong style="color:#0ea5e9;">%30 indirim</strong> başladı. 3 gün için geçerli.</p>
        <div style="background:#f0f9ff;border:2px dashed #0ea5e9;border-radius:8px;padding:20px;text-align:center;margin:24px 0;">
          <p style="margin:0 0 8px 0;font-size:13px;color:#64748b;font-weight:600;text-transform:uppercase;letter-spacing:0.05em;">Kupon Kodu</p>
          <p style="margin:0;font-size:28px;font-weight:800;color:#1B365D;letter-spacing:0.1em;">SPHERE30</p>
        </div>
        <p style="margin:0;font-size:14px;color:#64748b;">Kod kasada otomatik uygulanır.</p>
        `,
        "Kitapları Görüntüle",
        "https://www.sphereenglish.com/e-kitaplar",
      ),
    },

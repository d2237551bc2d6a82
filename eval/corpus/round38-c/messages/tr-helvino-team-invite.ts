  tr: {
    subject: (orgName) => `${orgName} sizi Helvion'a davet etti ✨`,
    body: (orgName, role, link, expiresIn) => {
      const safeOrg = escapeHtml(orgName);
      const safeRole = escapeHtml(role);
      const safeLink = escapeHtml(link);
      return wrapHtml(`
<div style="display:inline-block;margin:0 0 14px;padding:6px 10px;border-radius:999px;background:#ede9fe;color:#5b21b6;font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;">Helvion Daveti ✨</div>
<p style="margin:0 0 8px;color:#6d28d9;font-size:12px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;">Ekip Daveti</p>
<h2 style="margin:0 0 10px;color:#0b1020;font-size:24px;line-height:1.25;">Aramıza hoş geldiniz! 👋</h2>
<p style="margin:0 0 22px;color:#475569;font-size:14px;line-height:1.7;">
  <strong>${safeOrg}</strong> organizasyonuna Helvion üzerinde <strong>${safeRole}</strong> olarak davet edildiniz.
</p>

<div style="margin:0 0 22px;padding:14px 16px;border-radius:10px;background:#f5f3ff;border:1px solid #ddd6fe;">
  <p style="margin:0 0 6px;color:#6d28d9;font-size:12px;font-weight:700;">Davet detayları</p>
  <p style="margin:0;color:#0f172a;font-size:13px;line-height:1.6;">
    Organizasyon: <strong>${safeOrg}</strong><br>
    Rol: <strong>${safeRole}</strong>
  </p>
</div>

<p style="margin:0 0 8px;color:#334155;font-size:14px;line-height:1.6;">
  Daveti kabul edip hesabınızı oluşturmak için aşağıdaki butona tıklayın:
</p>
${buttonHtml(link, "Daveti Kabul Et", "#4f46e5")}

<div style="margin-top:12px;padding:12px 14px;background:#eef2ff;border:1px solid #c7d2fe;border-radius:8px;">
  <p style="margin:0 0 6px;color:#64748b;font-size:12px;font-weight:600;">Buton açılmazsa bağlantıyı kullanın:</p>
  <a href="${safeLink}" style="color:#4338ca;font-size:12px;word-break:break-all;">${safeLink}</a>
</div>

<p style="margin:18px 0 0;color:#94a3b8;font-size:12px;line-height:1.6;">
  Bu bağlantı ${expiresIn} boyunca geçerlidir. Bu daveti beklemiyorsanız e-postayı güvenle görmezden gelebilirsiniz.
</p>
<p style="margin:12px 0 0;color:#64748b;font-size:13px;">
  Helvion'da görüşmek üzere! 🚀
</p>
`, "#1f1b4d", "tr");
    },
  },

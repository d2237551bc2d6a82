email-footer-reason-subscriber = Bu otomatik e-postayı { -brand-mozilla-monitor } abonesi olduğunuz için aldınız. Hatalı olarak aldıysanız herhangi bir işlem yapmanız gerekmez. Daha fazla bilgi için <support-link>{ -brand-mozilla } Destek</support-link> sitesini ziyaret edebilirsiniz.
## Breach alert email

email-breach-alert-all-subject = Yeni bir veri ihlali tespit ettik
email-breach-alert-all-preview = Sorunu çözmeniz için gereken adımlarda size rehberlik edeceğiz.
email-breach-alert-all-hero-heading = Yeni bir veri ihlalinde yer alıyorsunuz
email-breach-alert-all-hero-subheading = Endişelenmeyin, bu ihlali çözmenize yardımcı olabiliriz
email-breach-alert-all-lead = { -brand-mozilla-monitor }, kişisel bilgilerinizi de içeren aşağıdaki veri ihlallerini tespit etti:
email-breach-alert-all-source-title = İhlal kaynağı:
email-breach-alert-all-data-points-title = Ele geçirilen verileriniz:
email-breach-alert-all-next-steps-lead = Bu veri ihlalini nasıl çözeceğinizi adım adım anlatacağız.
email-breach-alert-all-next-steps-cta-label = Başlayalım
email-breach-alert-all-next-steps-button-dashboard = Kontrol paneline git

## Breach alert redesigned strings

# $company-name is the name of the company/site that was breached.
email-breach-alert-all-hero-heading-1 = { $company-name } veri ihlali ayrıntıları
# $company-name is the name of the company/site that was breached.
# $breach-date is the date of the breach.
email-breach-alert-all-lead-1 = { -brand-mozilla-monitor }, { $breach-date } tarihli { $company-name } veri ihlalinde bilgilerinizi tespit etti. <link_to_settings>İhlal bildirimlerine</link_to_settings> kaydolduğunuz için bu uyarıyı aldınız.
email-breach-alert-all-source-title-1 = İhlal ayrıntıları
email-breach-alert-company = Şirket:
email-breach-alert-date-of-breach = İhlal tarihi:
email-breach-alert-info-exposed = Ele geçirilen bilgileriniz:
email-breach-alert-next-steps = Sonraki adımlar
email-breach-alert-next-steps-description = { -brand-mozilla-monitor } kontrol panelinize <sign_in_link>giriş yapın</sign_in_link>. Bu sorunu çözmek için izlemeniz gereken adımlarda size rehberlik edeceğiz.
email-breach-alert-all-next-steps-button-resolve-breach-on-dashboard = İhlali çözmek için kontrol paneline git
email-breach-alert-faqs-title = SSS
email-breach-alert-faq-qn-1 = Bu uyarıyı neden alıyorum?
email-breach-alert-faq-ans-1 = Veri ihlali uyarılarına kaydoldunuz. İstediğiniz zaman <link_to_settings>tercihlerinizi güncelleyebilirsiniz</link_to_settings>.
email-breach-alert-faq-qn-2 = Bu şirketi veya siteyi neden tanımıyorum?
email-breach-alert-faq-ans-2 = Şirketin veya sitenin sahibi veya adı değişmiş olabilir, eski bir hesabınız veya sizin adınıza açılmış bir hesap olabilir ya da bilgileriniz sızdırılmış kişisel bilgilerin yer aldığı satın alınmış bir listede bulunmuş olabilir.
email-breach-alert-faq-qn-3 = Veri ihlali uyarısı nedir?
email-breach-alert-faq-ans-3 = Kişisel bilgileriniz izinsiz olarak ifşa edildiğinde, çalındığında veya kopyalandığında { -brand-mozilla-monitor } tarafından gönderilen bir bildirimdir.
email-breach-alert-faq-qn-4 = { -brand-mozilla-monitor } nedir?
email-breach-alert-faq-ans-4 = İnternetteki hesaplarınızın bilgileri ele geçirilirse sizi uyaran ücretsiz bir veri ihlali bildirim hizmeti.

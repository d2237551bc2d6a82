  {custom_content_id: inactivity_block_warning_id,
   locale: 'de',
   label: 'Login einer inaktiven Person wird automatisch gesperrt',
   subject: 'Dein Login auf hitobito wird in bald gesperrt',
   body: "Hallo {recipient-name}<br/><br/>" \
         "Du hast dich seit {warn-after-days} Tagen nicht mehr auf hitobito eingeloggt. " \
         "Falls du dich weiterhin einloggen können möchtest, melde dich bei hitobito an, " \
         "ansonsten wird dein Login nach weiteren {block-after-days} Tagen automatisch gesperrt."},

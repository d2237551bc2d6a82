<p>
    Deine Qualifikation ${qualification.name} läuft am <a class="this-is-not-a-phone-number">${expiration_date}</a> ab.
    Bitte kümmere dich rechtzeitig um eine Erneuerung und schicke einen aktualisierten Qualifikationsnachweis ans Büro.
</p>
<p>
    Du kannst die dir zugewiesenen Qualifikationen jederzeit in der Crew App unter
    <a href="${app_link}">Meine Daten</a> einsehen. Wenn du noch weitere Qualifikationen hast, die hier nicht
    aufgelistet sind, kannst du diese beim Büro angeben. Für manche Qualifikationen, insbesondere solche mit Ablaufdatum
    brauchen wir zusätzlich einen Qualifikationsnachweis von dir.
</p>
<p>
    Wenn du Fragen zu dieser Email hast, melde dich gerne bei uns im Büro.
</p>
<p style="text-align:center;">
    <a href="{ECARD_LINK}">
        Clicca qui se hai problemi nel visualizzare la tua eCard
    </a>
</p>
<table style="border:1px solid black; padding:7px; margin:0px auto 0px auto;">
    <tr>
        <td>
            <img src="{PHOTO_SRC}" /><br />
        </td>
        <td style="vertical-align:top; padding-left:7px;">
            <div style="text-align:right;">
                <img src="{STAMP_SRC}" />
            </div>
            <h2>{GREETINGS}</h2>
            <p>{DESCRIPTION}</p>
            <p>{EXP_NAME}<br />
            (<a href="mailto:{EXP_EMAIL}">{EXP_EMAIL}</a>)</p>
        </td>
    </tr>
</table>
<p style="text-align:center;">
    <a href="{MODULE_LINK}">Clicca qui per vedere più foto!</a>
</p>
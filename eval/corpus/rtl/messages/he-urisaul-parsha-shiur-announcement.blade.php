<div dir="rtl">
    <div dir="rtl">
        <p dir="rtl" style="font-size: 18px;">
            {{ $extra_message ?? "" }}
        </p>
        <h1 dir="rtl">הודעה משמחת,</h1>
        <p dir="rtl" style="font-size: 20px;">
            בעז"ה תתקיים חבורא מפי הרב {{$speaker}} שליט"א בתאריך אור ל{{$heb_date}} ({{$date}}) בשעה 21:15 בערב
            (<a href="{{ $g_cal_link }}">קישור ליומן</a>)
            , כל הציבור מוזמן להשתתף.
        </p>
        <p dir="rtl">
            החבורא תועבר דרך הזום/מיט הקישור ישלח סמוך לזמן החבורא.
        </p>
        <h2 dir="rtl">שבת שלום ומבורך לכולם!</h2>
        <br>
        <p dir="rtl">
            למי שיש עוד שאלות או בירורים או בונוסים (או תשובות לבונוסים) נא לשלוח ל :
            <a href="mailto:parsha@urisaul.com">parsha@urisaul.com</a>.
        </p>
        <br><br>
        <p dir="rtl">
            <a href="{{ url('') }}/u_api/parsha/email_pref?action=unsub&user_e=">להסרה</a>&nbsp;&nbsp;|&nbsp;&nbsp;
            <a href="{{ url('') }}/u_api/parsha/email_pref?action=sub">להצטרפות</a>
        </p>
        <p dir="rtl">
            תודה מיוחדת למסייעים בהכנת העלון,
            הרבנית מרים שאול שתחי'
            הרה"ג ר' גרשון שאול שליט"א
        </p>
        <p dir="rtl">
            ניתן לצפות בדפים קודמים בכתובת: <br>
            <a href="https://urisaul.com/parsha/">https://urisaul.com/parsha/</a>
        </p>
    </div>
</div>
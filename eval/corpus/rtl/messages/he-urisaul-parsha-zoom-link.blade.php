<div dir="rtl">
    <div dir="rtl">
        <h1 dir="rtl">שלום לכולם,</h1>
        <h1 dir="rtl">להלן קישור לחבורא מיוחדת מפי הרב {{$speaker}} שליט"א</h1>
        <h1 dir="rtl">קישור לחבורא:</h1>
        <h1 dir="rtl"><a href="{{ $zoom_link }}">{{ $zoom_link }}</a></h1>
        <h1 dir="rtl">החבורא מתחילה ב 21:15</h1>
        <span>נא להצטרף בזמן!</span>
        <br>
        <p dir="rtl" style="font-size: 18px;">
            {{ $extra_message ?? "" }}
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
<div style="color: black !important;">
    <p>親愛的{{ $conferenceUser->name }}您好：</p>
    <p>感謝您對「全國大專院校登山運動研討會」的支持，非常期待您當日的到來。 以下注意事項敬請詳加閱讀。</p>

    <p>研討會日期：2024 年 10 月 26 日，星期六<br>
        報到時間：09:00-09:30<br>
        地點：<a href="https://maps.app.goo.gl/i7wV3SWWxwvBUKwW6" target="_blank" style="text-decoration: underline;">
            國立中央大學管理二館 017 教室(地下一樓)
        </a></p>

    <h3 style="margin-top: 20px;">行前提醒</h3>
    <ol>
        <li>活動全程免費。</li>
        <li>線上報名者附午餐便當（{{ $conferenceUser->is_vegetarian ? '素' : '葷' }}
            ），活動全程附茶水，請自備環保餐具、環保杯。
        </li>
        <li>活動贈送紀念T-shirt一件、鴨舌帽一頂、雜誌一本。</li>
        <li>現場販售限量復刻版「雪原上的歲月」以及特價販售「島嶼裡的遠方」。</li>
        <li>交通資訊與議程表請見附檔。</li>
        <li>若您臨時不克前來，麻煩請到此<a href="https://ncumt.student.ncu.edu.tw/conference/search" target="_blank"
                                          style="text-decoration: underline;">網頁</a>取消報名，以免便當過剩。
        </li>
    </ol>

    <h3 style="margin-top: 20px;">聯絡資訊</h3>
    <ol>
        <li>中華民國健行登山會信箱：info@alpineclub.org.tw</li>
        <li>中央大學登山社粉絲專頁：
            <a href="https://www.facebook.com/ncumountaineeringclub" target="_blank"
               style="text-decoration: underline;">
                https://www.facebook.com/ncumountaineeringclub
            </a>
        </li>
    </ol>
</div>

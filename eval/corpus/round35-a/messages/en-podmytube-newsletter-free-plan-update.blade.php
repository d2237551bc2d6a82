<p>
    Here is my first newsletter on Podmytube !<br>
    I know myself well enough to tell you that I don't know when will occur the next (if there is one).<br>
    In other terms, I'm not going to spam you.<br>
    This one seems important to me because I'm changing something that exists since the beginning of Podmytube.<br>
    Let's start.
</p>

<h2> The free one remains free but ... </h2>
<p>
    Since the beginning of the Podmytube adventure, I'm keeping the episodes generated regardless of the package chosen. <br/>
    Some youtube channels that are closed now were registered freely. And, I still keep their episodes to be available on iTunes even if they are no more available on Youtube.
</p>
<p>
    This situation is costing me some money I could spend another way.<br>
    You may not know, but Podmytube is a one man project and I don't want my wife to yell at me because I'm losing money with it anymore.<br>
    <b>In consequence, from July 2020, for free channels only, episodes aged more than 4 months will be deleted</b>. <br/>
    If you have registered you free podcast before march 2020, all the previous episodes will soon be removed.<br>
    If you want your fans to still have access to your older episodes I suggest you to get a paid plan right now.
</p>

<p>
    For early birds and paying plans, There is no change and the episodes are kept as long as you are satisfied with Podmytube.<br>
    If you paused your subscription because of the COVID 19 crisis, your episodes will be kept too.
</p>

<h2>Terms of usage update</h2>
<p>
    The other things I changed recently is the terms of usage.<br>
    The terms are now available from the website. These changes, mainly, reflect the actual usage of Podmytube and the new change on free plans.<br>
</p>

<h2>New plan (coming soon)</h2>
<p>
    When I created Podmytube, I thought that 33 episodes a month would be enough for every youtuber.<br>
    I was wrong, some channels have more than 130 episodes per month and they should be really frustrated not having a plan for them.<br>
    I'm currently thinking how I can address this kind of channels and I'm asking you a little bit more patience.
</p>

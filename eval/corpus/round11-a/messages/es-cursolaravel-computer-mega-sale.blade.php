<!DOCTYPE html>
<html lang="es" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <meta http-equiv="x-ua-compatible" content="ie=edge">
  <title>Promo Computadoras</title>
  <!--[if mso]>
  <xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch><o:AllowPNG/></o:OfficeDocumentSettings></xml>
  <![endif]-->
  <style>
    /* Reset básico */
    html, body { margin:0 !important; padding:0 !important; height:100% !important; width:100% !important; }
    * { -ms-text-size-adjust:100%; -webkit-text-size-adjust:100%; }
    table, td { mso-table-lspace:0pt !important; mso-table-rspace:0pt !important; }
    img { -ms-interpolation-mode:bicubic; border:0; outline:none; text-decoration:none; }
    a { text-decoration:none; }
    /* Contenedor responsivo */
    .container { width:100%; max-width:600px; margin:0 auto; }
    /* Tipografía & colores */
    :root{
      --bg:#f5f7fb; --panel:#ffffff; --text:#1f2a37; --muted:#6b7280;
      --brand:#4f46e5; --brand-dark:#4338ca; --accent:#22c55e; --warning:#f97316;
    }
    body { background:var(--bg); font-family: Arial, Helvetica, sans-serif; color:var(--text); }
    .panel { background:var(--panel); border-radius:14px; overflow:hidden; }
    .p-24 { padding:24px; } .p-16 { padding:16px; }
    .center { text-align:center; }
    .muted { color:var(--muted); }
    .h1 { font-size:28px; line-height:1.25; margin:0 0 8px; font-weight:700; }
    .h2 { font-size:20px; margin:0 0 8px; font-weight:700; }
    .price { font-size:22px; font-weight:800; }
    .old { text-decoration:line-through; color:#9ca3af; font-weight:600; }
    .chip { font-size:12px; color:#065f46; background:#d1fae5; border-radius:999px; padding:4px 10px; display:inline-block; }
    .btn { display:inline-block; background:var(--brand); color:#fff; padding:14px 22px; border-radius:10px; font-weight:700; }
    .btn:hover { background:var(--brand-dark); }
    .btn-outline { display:inline-block; border:2px solid var(--brand); color:var(--brand); padding:12px 20px; border-radius:10px; font-weight:700; }
    .divider { height:1px; background:#e5e7eb; line-height:1px; }
    .grid-2 { width:100%; }
    .product { border:1px solid #eef2f7; border-radius:12px; overflow:hidden; }
    .tag { font-size:12px; color:#7c3aed; background:#ede9fe; border-radius:999px; padding:3px 8px; display:inline-block; }
    /* Responsive */
    @media (max-width: 620px) {
      .hide-sm { display:none !important; }
      .p-24 { padding:18px !important; }
      .h1 { font-size:24px !important; }
      .h2 { font-size:18px !important; }
      .stack { display:block !important; width:100% !important; }
      .btn, .btn-outline { width:100% !important; text-align:center !important; }
    }
    /* Modo oscuro (clientes compatibles) */
    @media (prefers-color-scheme: dark) {
      body { background:#0b1220; color:#e5e7eb; }
      .panel { background:#111827; }
      .divider { background:#1f2937; }
      .muted { color:#9ca3af; }
    }
  </style>
  <!-- Preheader (oculto) -->
  <meta name="x-preheader" content="Ofertas hasta -35% en laptops, PCs y accesorios. Stock limitado. ¡Aprovecha hoy!">
</head>
<body>
  <!-- Texto preheader visible para clientes que lo muestran -->
  <div style="display:none; max-height:0; overflow:hidden; mso-hide:all;">
    Ofertas hasta -35% en laptops, PCs y accesorios. Stock limitado. ¡Aprovecha hoy!
  </div>

  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
    <tr><td align="center" style="padding:24px;">
      <div class="container">
        <!-- Header -->
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" class="panel">
          <tr>
            <td class="p-24" style="background:#0ea5e9; background: linear-gradient(90deg, #4f46e5, #0ea5e9);">
              <table role="presentation" width="100%">
                <tr>
                  <td align="left">
                    <a href="" class="muted" style="color:#e5e7eb; font-size:12px;">Ver en el navegador</a>
                  </td>
                  <td align="right">
                    <img src="" width="120" alt="TuMarca" style="display:block;">
                  </td>
                </tr>
              </table>
              <div style="height:16px;"></div>
              <table role="presentation" width="100%">
                <tr>
                  <td class="center">
                    <span class="chip">🔥 Mega Ofertas 48h</span>
                    <h1 class="h1" style="color:#fff; margin-top:10px;">Computadoras y Laptops con <span style="color:#a7f3d0;">hasta 35% OFF</span></h1>
                    <p style="color:#e0e7ff; margin:10px 0 18px;">Rendimiento profesional para trabajar, estudiar y jugar. Financia en 6–12 cuotas.</p>

                    <!-- Botón bulletproof (incluye VML para Outlook) -->
                    <!--[if mso]>
                    <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:48px;v-text-anchor:middle;width:220px;" arcsize="12%" strokecolor="#4f46e5" fillcolor="#4f46e5">
                      <w:anchorlock/>
                      <center style="color:#ffffff;font-family:Arial, sans-serif;font-size:16px;font-weight:bold;">Comprar ahora</center>
                    </v:roundrect>
                    <![endif]-->
                    <!--[if !mso]><!-- -->
                    <a class="btn" href="" target="_blank">Comprar ahora</a>
                    <!--<![endif]-->

                    <div style="height:14px;"></div>
                    <img src="" width="100%" alt="Laptops y PCs en oferta" style="border-radius:12px; display:block; max-width:552px; margin:0 auto;">
                  </td>
                </tr>
              </table>
            </td>
          </tr>

          <!-- Highlights -->
          <tr><td class="p-24">
            <table role="presentation" width="100%">
              <tr>
                <td class="stack" width="33.33%" align="center" style="padding:10px;">
                  <img src="" width="40" alt="">
                  <div class="h2" style="margin-top:6px;">Rápidas</div>
                  <div class="muted" style="font-size:13px;">Intel/AMD última gen</div>
                </td>
                <td class="stack" width="33.33%" align="center" style="padding:10px;">
                  <img src="" width="40" alt="">
                  <div class="h2" style="margin-top:6px;">Garantía</div>
                  <div class="muted" style="font-size:13px;">12 meses oficial</div>
                </td>
                <td class="stack" width="33.33%" align="center" style="padding:10px;">
                  <img src="" width="40" alt="">
                  <div class="h2" style="margin-top:6px;">Envío 24–72h</div>
                  <div class="muted" style="font-size:13px;">A todo el país</div>
                </td>
              </tr>
            </table>
          </td></tr>

          <tr><td><div class="divider"></div></td></tr>

          <!-- Productos (grid 2x2) -->
          <tr><td class="p-24">
            <table class="grid-2" role="presentation" cellpadding="0" cellspacing="0">
              <tr>
                <!-- Producto 1 -->
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <table class="product" role="presentation" width="100%" cellpadding="0" cellspacing="0">
                    <tr><td class="p-16 center">
                      <span class="tag">Laptop</span>
                      <div style="height:6px;"></div>
                      <img src="" width="100%" alt="Laptop Pro 14”">
                      <div class="h2">Laptop Pro 14”</div>
                      <div class="muted" style="font-size:13px;">i7 · 16 GB · 512 GB SSD</div>
                      <div style="height:8px;"></div>
                      <div>
                        <span class="old">Bs. 8 999</span>
                        <span class="price" style="margin-left:8px;">Bs. 7 299</span>
                      </div>
                      <div style="height:10px;"></div>
                      <!-- Botón bulletproof -->
                      <!--[if mso]>
                      <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:44px;v-text-anchor:middle;width:170px;" arcsize="12%" strokecolor="#4f46e5" fillcolor="#4f46e5">
                        <w:anchorlock/><center style="color:#ffffff;font-family:Arial, sans-serif;font-size:14px;font-weight:bold;">Agregar al carrito</center>
                      </v:roundrect>
                      <![endif]-->
                      <!--[if !mso]><!-- --><a href="" class="btn" style="font-size:14px;">Agregar al carrito</a><!--<![endif]-->
                    </td></tr>
                  </table>
                </td>
                <!-- Producto 2 -->
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <table class="product" role="presentation" width="100%" cellpadding="0" cellspacing="0">
                    <tr><td class="p-16 center">
                      <span class="tag">Gaming</span>
                      <div style="height:6px;"></div>
                      <img src="" width="100%" alt="Gaming RTX 4060">
                      <div class="h2">Gaming RTX 4060</div>
                      <div class="muted" style="font-size:13px;">Ryzen 7 · 32 GB · 1 TB SSD</div>
                      <div style="height:8px;"></div>
                      <div>
                        <span class="old">Bs. 12 499</span>
                        <span class="price" style="margin-left:8px; color:var(--warning);">Bs. 10 999</span>
                      </div>
                      <div style="height:10px;"></div>
                      <!--[if mso]>
                      <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:44px;v-text-anchor:middle;width:170px;" arcsize="12%" strokecolor="#4f46e5" fillcolor="#4f46e5">
                        <w:anchorlock/><center style="color:#ffffff;font-family:Arial, sans-serif;font-size:14px;font-weight:bold;">Agregar al carrito</center>
                      </v:roundrect>
                      <![endif]-->
                      <!--[if !mso]><!-- --><a href="" class="btn" style="font-size:14px;">Agregar al carrito</a><!--<![endif]-->
                    </td></tr>
                  </table>
                </td>
              </tr>
              <tr>
                <!-- Producto 3 -->
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <table class="product" role="presentation" width="100%" cellpadding="0" cellspacing="0">
                    <tr><td class="p-16 center">
                      <span class="tag">All-in-One</span>
                      <div style="height:6px;"></div>
                      <img src="" width="100%" alt="All-in-One 24”">
                      <div class="h2">All-in-One 24”</div>
                      <div class="muted" style="font-size:13px;">i5 · 8 GB · 512 GB SSD</div>
                      <div style="height:8px;"></div>
                      <div>
                        <span class="old">Bs. 6 799</span>
                        <span class="price" style="margin-left:8px;">Bs. 5 499</span>
                      </div>
                      <div style="height:10px;"></div>
                      <!--[if mso]>
                      <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:44px;v-text-anchor:middle;width:170px;" arcsize="12%" strokecolor="#4f46e5" fillcolor="#4f46e5">
                        <w:anchorlock/><center style="color:#ffffff;font-family:Arial, sans-serif;font-size:14px;font-weight:bold;">Agregar al carrito</center>
                      </v:roundrect>
                      <![endif]-->
                      <!--[if !mso]><!-- --><a href="" class="btn" style="font-size:14px;">Agregar al carrito</a><!--<![endif]-->
                    </td></tr>
                  </table>
                </td>
                <!-- Producto 4 -->
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <table class="product" role="presentation" width="100%" cellpadding="0" cellspacing="0">
                    <tr><td class="p-16 center">
                      <span class="tag">Accesorios</span>
                      <div style="height:6px;"></div>
                      <img src="" width="100%" alt="Monitor 27” 144Hz">
                      <div class="h2">Monitor 27” 144 Hz</div>
                      <div class="muted" style="font-size:13px;">QHD · IPS · 1 ms</div>
                      <div style="height:8px;"></div>
                      <div>
                        <span class="old">Bs. 2 299</span>
                        <span class="price" style="margin-left:8px; color:var(--accent);">Bs. 1 799</span>
                      </div>
                      <div style="height:10px;"></div>
                      <!--[if mso]>
                      <v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="" style="height:44px;v-text-anchor:middle;width:170px;" arcsize="12%" strokecolor="#4f46e5" fillcolor="#4f46e5">
                        <w:anchorlock/><center style="color:#ffffff;font-family:Arial, sans-serif;font-size:14px;font-weight:bold;">Agregar al carrito</center>
                      </v:roundrect>
                      <![endif]-->
                      <!--[if !mso]><!-- --><a href="" class="btn" style="font-size:14px;">Agregar al carrito</a><!--<![endif]-->
                    </td></tr>
                  </table>
                </td>
              </tr>
            </table>
            <div style="height:8px;"></div>
            <div class="center">
              <a href="" class="btn-outline">Ver todo el catálogo</a>
            </div>
          </td></tr>

          <tr><td><div class="divider"></div></td></tr>

          <!-- Beneficios financieros -->
          <tr><td class="p-24">
            <table role="presentation" width="100%">
              <tr>
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <div class="h2">Pagá como quieras</div>
                  <ul style="margin:8px 0 0 18px; padding:0; color:var(--muted);">
                    <li>Hasta <b>12 cuotas</b> con tarjeta</li>
                    <li><b>Envío gratis</b> en pedidos &gt; Bs. 1 500</li>
                    <li>Retiro en tienda en 2h</li>
                  </ul>
                </td>
                <td class="stack" width="50%" style="padding:8px;" valign="top">
                  <div class="h2">Soporte & Garantía</div>
                  <ul style="margin:8px 0 0 18px; padding:0; color:var(--muted);">
                    <li>Garantía oficial 12 meses</li>
                    <li>Soporte remoto gratuito 30 días</li>
                    <li>Instalación de software esencial</li>
                  </ul>
                </td>
              </tr>
            </table>
          </td></tr>

          <!-- Footer -->
          <tr>
            <td class="p-24" style="background:#0b1220; color:#e5e7eb;">
              <table role="presentation" width="100%">
                <tr>
                </tr>
                <tr><td colspan="2" style="padding-top:10px;">
                  <div class="muted" style="color:#9ca3af; font-size:11px; line-height:1.5;">
                    *Precios válidos hasta agotar stock o hasta  Imágenes ilustrativas. Tasas y financiación sujetas a aprobación del emisor. 
                    Si no deseas recibir más correos, haz clic en “Darme de baja”.
                  </div>
                </td></tr>
              </table>
            </td>
          </tr>
        </table>

        <div class="center" style="padding:10px; font-size:12px; color:#9ca3af;">
          ¿Problemas para ver este email? <a style="color:#4f46e5;">Ábrelo en tu navegador</a>.
        </div>
      </div>
    </td></tr>
  </table>
</body>
</html>

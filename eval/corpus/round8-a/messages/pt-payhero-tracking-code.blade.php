<div class="col-12 templates-email template-tracking"
     style="background: #F7F7F7; padding: 40px;">
    <div class="col-12 pt-25 bg-white">
        <div align="center"
             class="mr-2 px-15">
            <div style="font-size:1px;line-height:15px"></div>
            <img align="center"
                 alt="Image"
                 border="0"
                 class=""
                 src="https://nexuspay-digital-products.s3.amazonaws.com/admin/admin-001/img-rastreio.png"
                 style="text-decoration: none; -ms-interpolation-mode: bicubic; border: 0; height: 80px; width: 180px; display: block;"
                 title="Image"
                 width="125" />
            <div style="font-size:1px;line-height:15px"></div>
        </div>
        <div class="font-padrao m-0 text-center px-10 pb-5 pt-15 color-333"
             style="font-size: 28px;">
            <strong class="p_text_notification">Código de Rastreio!</strong>
        </div>
        <div class="px-20 font-padrao m-0 pt-30 pb-20 font-15 color-333 p_text_message">
            Boas notícias seu pedido ja está a caminho do endereço de entrega. Você pode rastrear a entrega do seu
            pedido diretamente do site dos Correios.
        </div>
    </div>
    <div style="height: 40px; width: 100%;"></div>

    <div class="col-12 bg-white">
        <div class="row">
            <div class="col-6 font-padrao m-0 pt-10 lineh-18 font-15">
                <strong>Produto</strong>
            </div>
            <div class="col-3 p-10 font-padrao m-0 text-right font-15 color-999">Rastreio</div>
            <div class="col-3 p-10 font-padrao m-0 text-right font-15 color-999">Qtd</div>
        </div>

        <div class="row pt-10">
            <div class="col-3">
                <div align="center"
                     class="px-0"
                     style="">
                    <img align="center"
                         alt="Image"
                         border="0"
                         class="p_image_project"
                         src="/build/global/img/projeto.svg"
                         style="text-decoration: none; -ms-interpolation-mode: bicubic; border: 0; height: auto; width: 100%; max-width: 68px; display: block;"
                         title="Image"
                         width="68" />
                </div>
            </div>
            <div class="col-3">
                <div class="font-padrao m-0 px-10 pr-10 pb-0 lineh-18 font-15 color-333">
                    <strong class="p_project_name"> Nome Produto </strong>
                </div>
            </div>
            <div class="col-3">
                <div class="font-padrao text-right m-0 py-10 pl-10 lineh-18 font-15 color-999"> AC346546465743 </div>
            </div>
            <div class="col-3">
                <div class="font-padrao text-right m-0 py-10 pl-10 lineh-18 font-15 color-999"> x 3 </div>
            </div>
        </div>

        <div style="border-collapse:collapse;display:table;width:100%;background-color:#ffffff">
            <div align="center"
                 style="padding:10px">
                <p dir="ltr"
                   style="line-height:22px;font-size:10px">
                    <span style="font-size:13px">Qualquer dúvida, reclamação ou sugestão entre em contato com o suporte
                        clicando no link abaixo:</span>
                </p>
                <a href=""
                   onclick="event.preventDefault();"
                   style="text-decoration:none;display:inline-block;color:#ffffff;background-color:#3a99e0;border-radius:4px;width:auto;width:auto;border-top:1px solid #3a99e0;border-right:1px solid #3a99e0;border-bottom:1px solid #3a99e0;border-left:1px solid #3a99e0;padding-top:5px;padding-bottom:5px;text-align:center;word-break:keep-all"><span
                          style="padding-left:20px;padding-right:20px;font-size:14px;display:inline-block">
                        <span style="font-size:14px;line-height:25px"><strong>Ir para o
                                atendimento</strong></span></span>
                </a>
            </div>
        </div>

    </div>
    <div class="mt-2 text-center"
         style="color: #757575; font-size: 10px;">
        Esse é um e-mail automático, por favor não responda. Para entrar em contato com o suporte <a
           href="">clique aqui</a>
    </div>
</div>

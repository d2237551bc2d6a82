<div class="col-12 templates-email template-abandoned-cart"
     style="background: #F7F7F7; padding: 40px;">
    <div class="col-12 pt-25 bg-white">
        {{-- <div align="center" class="mr-2 px-15" >
            <div style="font-size:1px;line-height:15px"></div>
            <img align="center" alt="Image" border="0" class="" src="https://checkout.todabolsa.com/assets/img/success-boleto.png" style="text-decoration: none; -ms-interpolation-mode: bicubic; border: 0; height: 70px; width: 100%; width: 80px; display: block;" title="Image" width="125"/>
            <div style="font-size:1px;line-height:15px"></div>
        </div> --}}
        <div class="font-padrao m-0 text-center px-10 pb-5 pt-15 color-333"
             style="font-size: 28px;">
            <strong class="p_text_notification">A promoção termina hoje</strong>
        </div>
        <div class="px-20 font-padrao m-0 pt-30 pb-20 font-15 color-333 p_text_message">
            Nossos produtos estão com preços especiais e o estoque é bem limitado.Recomendamos que você finalize a
            compra ainda hoje para garantir a promoção e economizar dinheiro.
        </div>
        <div class="col-12 text-center pb-20">
            <button class="btn btn-primary"
                    style="background: #3A99E0">Finalizar Compra</button>
        </div>
    </div>
    <div style="height: 40px; width: 100%;"></div>
    <div class="col-12 bg-white">
        <div class="row">
            <div class="col-9 font-padrao m-0 pt-10 lineh-18 font-15">
                <strong>Produto</strong>
            </div>
            <div class="col-3 p-10 font-padrao m-0 text-right font-15 color-999">Qtd</div>
        </div>
        <div class="row">
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
            <div class="col-6">
                <div class="font-padrao m-0 px-10 pr-10 pb-0 lineh-18 font-15 color-333">
                    <strong class="p_project_name"> Nome Produto </strong>
                </div>
            </div>
            <div class="col-3">
                <div class="font-padrao text-right m-0 py-10 pl-10 lineh-18 font-15 color-999"> x 3 </div>
            </div>
        </div>

    </div>
    <div class="mt-2 text-center"
         style="color: #757575; font-size: 10px;">
        Esse é um e-mail automático. Não responda esse e-mail. Caso queira contatar nosso suporte clique <a
           href="">aqui</a>
    </div>
</div>

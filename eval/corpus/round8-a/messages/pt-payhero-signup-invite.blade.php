<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport"
          content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible"
          content="ie=edge">
    <link href="https://fonts.googleapis.com/css?family=Inter:400,600,700,800"
          rel="stylesheet">
</head>

<body
      style="background-color: #f6f6f6;font-family: 'Inter', Arial, Helvetica, sans-serif;margin: 0;line-height: 135% !important;">
    <table style="width:600px; text-align:center"
           align="center"
           cellpadding="0"
           cellspacing="0">
        <table style="padding: 20px 5px;text-align:center"
               align="center">
            <tr>
                <td style="width:100px;text-align:center">
                    <img src="{{ $logo }}"
                         width="120px">
                </td>
            </tr>
        </table>
        <table style="border-radius-top: 10px; line-height: 135%; padding: 20px 80px;background-color: white;width:600px;"
               align="center"
               cellpadding="0"
               cellspacing="0">
            <tr>
                <td>
                    <h1 style="text-align:center"> Seu convite chegou! </h1>
                </td>
            </tr>
        </table>

        <table style="text-align: center;background: white;padding: 25px 80px;width:600px;"
               align="center">
            <tr style='color: #444444;padding-bottom: 40px;margin-bottom: 40px;'>
                <td>
                    <p style='padding-bottom:20px;'>
                        Você recebeu um convite para se cadastrar na Azcend e agora chegou a sua hora de fazer parte
                        da
                        <strong> nossa revolução!</strong>
                        <br><br> Nosso trabalho é construir uma plataforma com a sua cara. Venha construir essa história
                        com a gente!
                        <br><br> Sinta-se à vontade e em casa. A plataforma é sua e feita para você! Boas vendas!
                    </p>
                </td>
            </tr>
            <tr style='width: 100%;height: 15px;margin-top:20px;'>
                <td>
                    <a href="{!! $link !!}"
                       target="_blank"
                       style='width:100%; text-decoration: none;  color: #fff; background-color: #01cd79; font-weight: 400; text-align: center; white-space: nowrap; vertical-align: middle; -webkit-user-select: none; -moz-user-select: none; -ms-user-select: none; user-select: none; border: 1px solid transparent; padding: .475rem .85rem; font-size: 14px; line-height: 1.5; border-radius: .25rem; transition: color .15s ease-in-out,background-color .15s ease-in-out,border-color .15s ease-in-out,box-shadow .15s ease-in-out;'>FINALIZAR
                        CADASTRO

                    </a>
                </td>
            </tr>
        </table>

        <table style="width:600px;text-align:center"
               style="padding: 0px 80px;"
               align="center">
            <tr>
                <td height="70">
                    <p style="color: #757575; font-size: 0.7rem; margin: 0; text-align:center;"
                       class="small">
                        Esse é um e-mail automático. Não responda esse e-mail. Caso queira contatar nosso suporte, envie
                        um e-mail para sac@azcend.com.br
                    </p>
                </td>
            </tr>
        </table>
    </table>
</body>

</html>

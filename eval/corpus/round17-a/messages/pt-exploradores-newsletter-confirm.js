const subscrition = `
<!DOCTYPE html>
<html lang="pt-BR">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  </head>
  <body>
    <div
      style="
        font-family: Arial, sans-serif;
        padding: 20px;
        max-width: 600px;
        border: 1px solid #e0e0e0;
        margin: 20px auto;
      "
    >
      <div
        class="header"
        style="
          background-color: #f8f8f8;
          padding: 15px;
          display: flex;
          align-items: center;
          border-radius: 5px;
        "
      >
        <a href="https://exploradoresmodernos.com.br">
          <img
            src="https://d81itx403yjk3.cloudfront.net/logo_514a967738.png"
            width="120px"
          />
        </a>
        <div style="margin-left: 36px">
          <h2 style="font-size: 18px; margin: 10px 0">
            Confirmação de Inscrição na Newsletter
          </h2>
        </div>
      </div>
      <div class="content" style="padding: 15px">
        <p>Olá, esta é uma mensagem automática 🤖. Por favor, não responda!</p>
        <p>✔️ Clique no link a seguir para confirmar sua inscrição:</p>
        <p>
          <a href="[LINK]" style="color: #007bff; text-decoration: none"
            >CLIQUE AQUI!</a
          >
        </p>
        <p style="font-style: italic; color: #888888">
          Nota: O link é válido por 24 horas. ⏳
        </p>
        <p>
          Se não solicitou esta inscrição ou não sabe do que se trata, por
          favor, ignore esta mensagem.
        </p>
      </div>
      <div
        class="footer"
        style="background-color: #f8f8f8; padding: 15px; border-radius: 5px"
      >
        <div>
          Atenciosamente,<br />
          <strong>Portal Exploradores Modernos</strong> 🚀<br />
          Trazendo o futuro até você. 🌐
        </div>
        <a
          href="https://exploradoresmodernos.com.br"
          style="
            color: #007bff;
            text-decoration: none;
            margin-top: 10px;
            display: inline-block;
          "
          >Clique aqui para visitar nosso site</a
        >
      </div>
    </div>
  </body>
</html>

`;

export default subscrition;

  const subject = `Seus pontos na ${store.name} estão expirando`;
        {
          'title': subject,
          'subtitle': 'Você tem pontos na loja, utilize antes de expirar ;)',
          'body': `
          Compre em nossa loja com desconto usando os
          <b>${pointsToExpire} pontos</b>
          ativos na sua conta.
          <b>Seus pontos estão expirando</b>,
          aproveite enquanto disponíveis!
          `,
          'button_text': 'Usar meus pontos',
          'button_link': `https://${store.domain}/`
            + '?utm_source=ecomplus&utm_medium=email&utm_campaign=loyalty_points',
        },

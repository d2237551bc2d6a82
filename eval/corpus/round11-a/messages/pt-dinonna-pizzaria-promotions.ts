export const message = `<div style="max-width: 600px; margin: 0 auto; background-color: #ffffff; padding: 20px; border-radius: 8px;">
    <table width="100%" cellspacing="0" cellpadding="0">
        <tr>
            <td style="text-align: center; padding-bottom: 20px;">
                <h2>Confira as melhores promoções da Di Nonna Pizzaria 🍕 🇮🇹 ❤️</h2>
                <img src="https://i.pinimg.com/originals/ba/a1/17/baa11769ddd5d4d7488c38d508fd9ed1.png" alt="Di Nonna Pizzaria" style="border-radius: 8px; height: 150px;"/>
            </td>
        </tr>

        <tr>
            <td style="border: 1px solid #ddd; border-radius: 8px; padding: 15px; background-color: #fafafa; text-align: center;">
                <img src="https://i.pinimg.com/originals/a7/33/de/a733de5f3c8aec82173d72e4a0a7dc8f.png" alt="Pizza Extra Large" style="width: 100%; max-width: 500px; border-radius: 8px;"/>
                <h3 style="color: #333;">1 Pizza Extra Large (16 fatias) + 1 Broto + Refrigerante 2mL de cortesia</h3>
                <p style="color: #888; font-size: 16px;">Preço: R$130,00</p>
            </td>
        </tr>

        <tr>
            <td style="border: 1px solid #ddd; border-radius: 8px; padding: 15px; background-color: #fafafa; text-align: center;">
                <img src="https://i.pinimg.com/originals/b6/1b/63/b61b63322821eb11ec0596a5f753827a.png" alt="Pizza Large" style="width: 100%; max-width: 500px; border-radius: 8px;"/>
                <h3 style="color: #333;">1 Pizza Large (12 fatias) + Refrigerante 2L de cortesia</h3>
                <p style="color: #888; font-size: 16px;">Preço: R$90,00</p>
            </td>
        </tr>

        <tr>
            <td style="border: 1px solid #ddd; border-radius: 8px; padding: 15px; background-color: #fafafa; text-align: center;">
                <img src="https://i.pinimg.com/originals/e4/d5/df/e4d5dfb7391342f05406e10b1a4d94ec.png" alt="Pizza Medium" style="width: 100%; max-width: 500px; border-radius: 8px;"/>
                <h3 style="color: #333;">1 Pizza Medium (8 fatias) + Refrigerante 600mL de cortesia</h3>
                <p style="color: #888; font-size: 16px;">Preço: R$70,00</p>
            </td>
        </tr>

        <tr>
            <td style="text-align: center; padding-top: 20px; font-size: 14px; color: #aaa;">
                <p>Visite nosso site para mais informações e pedidos!</p>
            </td>
        </tr>
    </table>
</div>

`
import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';
import { computeSignals } from '../src/signals/index.js';

async function signals(html: string, subject: string) {
  const parsed = await parseInput('t.html', Buffer.from(html, 'utf8'), { subject });
  return (await computeSignals(buildModel(parsed))).values;
}

const ORDER = '<p>Your order #1042 has shipped.</p><p>Order total:</p><p>£11.99</p><p>Paid by Visa:</p><p>£11.99</p><p>We hope to see you again soon.</p>';

describe('a product grid after the order\'s totals', () => {
  it('is a cross-sell under a heading of its own, in any language', async () => {
    for (const heading of ['Recommendations for all products:', 'Articoli della Lista', 'Für Sie ausgewählt']) {
      const v = await signals(`${ORDER}<p>${heading}</p><p>Charging dock for tablets...</p><p>£49.99</p><p>DC power cable 5.5 x 2.1mm...</p><p>£4.49</p>`, 'Your order #1042 has shipped');
      expect(v['promo.commercial'], heading).toBe(true);
    }
  });

  it('is the order\'s own items under an order heading, or with no price each, or a single product', async () => {
    const own = await signals(`${ORDER}<p>Order summary</p><p>Navy blue garland, 30 ft</p><p>£11.99</p><p>Paper bunting flags</p><p>£3.00</p>`, 'Your order #1042 has shipped');
    expect(own['promo.commercial']).toBe(false);
    const one = await signals(`${ORDER}<p>Recommended</p><p>Charging dock for tablets...</p><p>£49.99</p>`, 'Your order #1042 has shipped');
    expect(one['promo.commercial']).toBe(false);
  });

  it('needs an order that is totalled: a list of priced items with no total above it is the order itself', async () => {
    const v = await signals('<p>Your order #1042 has shipped.</p><p>Items</p><p>Navy blue garland, 30 ft</p><p>£11.99</p><p>Paper bunting flags</p><p>£3.00</p>', 'Your order #1042 has shipped');
    expect(v['promo.commercial']).toBe(false);
  });

  it('counts short product names, each followed by its price, as products (not as the one before\'s button)', async () => {
    const v = await signals(`${ORDER}<p>Picked for you</p><p>Mug set</p><p>£28.00</p><p>Oak board</p><p>£35.00</p>`, 'Your order #1042 has shipped');
    expect(v['promo.commercial']).toBe(true);
  });
});

/** A shipping notice with no totals, then `products` (name, price, and what follows each). */
function shipped(lead: string, products: string, subject = 'Your order #48213 has shipped'): Promise<Record<string, unknown>> {
  return signals(`<p>Your order #48213 is on its way. Tracking number: 1Z999AA10123456784.</p><p>Linen shirt — 1 × €49.00</p><p>${lead}</p>${products}`, subject);
}
const linked = (name: string, price: string, cta: string, slug: string) =>
  `<table><tr><td><a href="https://shop.example.com/products/${slug}"><img src="https://shop.example.com/${slug}.jpg" alt=""></a><p>${name}</p><p>${price}</p><a href="https://shop.example.com/products/${slug}">${cta}</a></td></tr></table>`;

describe('a product grid after an order that is not totalled', () => {
  it('is a cross-sell when every product links to its page in the shop, in any language and currency', async () => {
    const en = await shipped('Fancy something for the weekend? Our team picked these for you.', linked('Oak cutting board', '€35.00', 'View', 'oak') + linked('Ceramic mug set', '€28.00', 'View', 'mugs'));
    expect(en['promo.commercial']).toBe(true);
    const ja = await shipped('週末に何か新しいものはいかがですか？スタッフがあなたのために選びました。', linked('オークのまな板', '3,500円', '詳しく見る', 'oak') + linked('陶器のマグカップセット', '2,800円', '詳しく見る', 'mugs'), 'ご注文（注文番号 48213）を発送しました');
    expect(ja['promo.commercial']).toBe(true);
    const he = await shipped('בא לך משהו חדש לסוף השבוע? הצוות שלנו בחר את אלה במיוחד בשבילך.', linked('קרש חיתוך', '135.00 ₪', 'לצפייה', 'oak') + linked('סט ספלים', '98.00 ₪', 'לצפייה', 'mugs'));
    expect(he['promo.commercial']).toBe(true);
  });

  it('is the order\'s own items when they give their quantities, or do not link to the shop', async () => {
    const counted = await shipped('In this parcel', linked('Oak cutting board', '1 × €35.00', 'View', 'oak') + linked('Ceramic mug set', '2 × €28.00', 'View', 'mugs'));
    expect(counted['promo.commercial']).toBe(false);
    const unlinked = await shipped('Fancy something for the weekend? Our team picked these for you.', '<p>Oak cutting board</p><p>€35.00</p><p>Ceramic mug set</p><p>€28.00</p>');
    expect(unlinked['promo.commercial']).toBe(false);
  });
});

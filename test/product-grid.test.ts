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
});

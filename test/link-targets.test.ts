import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';
import { computeSignals } from '../src/signals/index.js';

/** links.shop and unsubscribe.signIn (src/signals/links.ts): where a link leads, by its address. */
async function signals(html: string, subject = 'Your order #1042') {
  const parsed = await parseInput('t.html', Buffer.from(html, 'utf8'), { subject });
  return (await computeSignals(buildModel(parsed))).values;
}

const ORDER = '<p>Order #1042: 2 items, total $48.00. We will email you when it ships.</p>';

describe('links.shop', () => {
  it('fires on a link to a shop, product or pricing page', async () => {
    for (const href of ['https://example.com/shop', 'https://example.com/products/socks?ref=mail', 'https://example.com/en-au/pricing', 'https://example.com/p/daypack-28']) {
      expect((await signals(`${ORDER}<p><a href="${href}">See more</a></p>`))['links.shop'], href).toBe(true);
    }
  });

  it('fires on a logo (a link with no text) or a button to the home page', async () => {
    expect((await signals(`<p><a href="https://example.com/"><img src="https://cdn.example.com/logo.png" alt=""></a></p>${ORDER}`))['links.shop']).toBe(true);
  });

  it('does not fire on order, account or help links, a home page written out, or a tracking redirect', async () => {
    const v = await signals(`${ORDER}<p><a href="https://example.com/orders/1042">View your order</a> · <a href="https://example.com/help">Help</a></p>
      <p>Example Ltd · <a href="https://www.example.com/">www.example.com</a> · <a href="https://click.example.com/ls/click?upn=abc123">Track</a></p>`);
    expect(v['links.shop']).toBe(false);
  });
});

describe('unsubscribe.signIn', () => {
  it('fires when the unsubscribe link goes through a sign-in or account page', async () => {
    const v = await signals('<p>New arrivals, 15% off.</p><p><a href="https://example.com/account/login?next=/email-preferences">Unsubscribe</a></p>', 'New arrivals');
    expect(v['unsubscribe.signIn']).toBe(true);
  });

  it('does not fire on a tokened unsubscribe page, nor on a sign-in link that is no unsubscribe link', async () => {
    const v = await signals('<p>New arrivals, 15% off.</p><p><a href="https://example.com/login">Sign in</a> · <a href="https://example.com/unsubscribe?t=8f3a">Unsubscribe</a></p>', 'New arrivals');
    expect(v['unsubscribe.signIn']).toBe(false);
    expect(v['unsubscribe.link']).toBe(true);
  });
});

describe('a call to action judged by where it goes', () => {
  it('a review page behind a link on its own line is a review request, whatever the label says (en, fr, de)', async () => {
    for (const [text, label] of [['Thanks for your order #1042. We hope you enjoy it.', 'Click here'], ['Merci pour votre commande n° 1042.', 'Cliquez ici'], ['Danke für Ihre Bestellung Nr. 1042.', 'Hier klicken']]) {
      for (const href of ['https://example.com/review/1042', 'https://example.com/orders/1042/rate-us', '{{ reviewUrl }}']) {
        const v = await signals(`<p>${text}</p><p><a href="${href}">${label}</a></p>`);
        expect(v['promo.review'], `${label} → ${href}`).toBe(true);
      }
    }
  });

  it('a link inside a sentence about the order, or to the order itself, is not', async () => {
    const v = await signals(`${ORDER}<p>You can <a href="https://example.com/orders/1042">view your order here</a> at any time.</p><p><a href="https://example.com/orders/1042">Click here</a></p>`);
    expect(v['promo.any']).toBe(false);
  });
});

describe('destinations that promote wherever they sit', () => {
  it('a recommended item among a row of short links (read as navigation) is still a cross-sell', async () => {
    const v = await signals(`${ORDER}<p><a href="{{ suggestion.link }}"><img src="{{ suggestion.image }}" alt=""></a> <a href="https://example.com/help">Help</a> · <a href="https://example.com/contact">Contact</a></p>`);
    expect(v['promo.commercial']).toBe(true);
  });

  it('a link named for a price cut is a discount, whatever its label', async () => {
    const v = await signals('<p>You cancelled your membership; we are sorry to see you go.</p><p>If the price was the reason, <a href="{{ prolong_url_reduced }}">set your own price for another year here</a> and stay with us.</p>', 'Your cancellation');
    expect(v['promo.commercial']).toBe(true);
  });
});

describe('an ask to share', () => {
  it('is a referral ask when a link opens a share dialog, drawn as an icon or a word', async () => {
    for (const href of ['https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fp%2F7', 'https://twitter.com/intent/tweet?text=I%20backed%20this', 'https://api.whatsapp.com/send?text=Look']) {
      const icon = await signals(`${ORDER}<p>Glad you are with us. <a href="${href}"><img src="https://cdn.example.com/share.png" alt=""></a></p>`);
      expect(icon['promo.referral'], href).toBe(true);
      const word = await signals(`${ORDER}<p><a href="${href}">Share</a></p>`);
      expect(word['promo.referral'], href).toBe(true);
    }
  });

  it('is not a link to the sender\'s own page on a social network', async () => {
    const v = await signals(`${ORDER}<p><a href="https://www.facebook.com/examplegoods"><img src="https://cdn.example.com/fb.png" alt=""></a> <a href="https://twitter.com/examplegoods">Twitter</a></p>`);
    expect(v['promo.referral']).toBe(false);
    expect(v['promo.any']).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import type { FileResult } from '../src/types.js';

/**
 * casl/missing-sender-identification and its s.6(6) twin follow SOR/2012-36 s.2: the sender's
 * name, a mailing address and one of a phone number, an email address or a web address (s.2(1)),
 * or a clearly shown link to a page that carries them (s.2(2)). Issue 15, item 1.
 */
const checker = createChecker();
const RULE = 'casl/missing-sender-identification';
const EXEMPT_RULE = 'casl/exempt-missing-sender-identification';

/** A CEM: a sale with an unsubscribe link, so only identification is in question. */
const SALE = '<h1>New arrivals</h1><p>Discover the new collection, 20% off this week. <a href="https://shop.example.com/new" style="background:#000;padding:10px">Shop now</a></p>';
const UNSUBSCRIBE = '<a href="https://shop.example.com/unsubscribe">Unsubscribe</a>';
const NAME_AND_ADDRESS = 'Example Outfitters Ltd., 100 King Street West, Toronto, ON M5X 1A9';

async function html(body: string, subject = 'New arrivals are here'): Promise<FileResult> {
  return checker.checkBuffer('campaign.html', Buffer.from(body, 'utf8'), { subject, kind: 'template' });
}

async function eml(from: string, body: string): Promise<FileResult> {
  const raw = `From: ${from}\r\nTo: ana@example.org\r\nSubject: New arrivals are here\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`;
  return checker.checkBuffer('campaign.eml', Buffer.from(raw, 'utf8'));
}

function finding(r: FileResult, ruleId = RULE) {
  expect(r.error).toBeUndefined();
  return r.findings.find((f) => f.ruleId === ruleId);
}

describe('CASL sender identification (SOR/2012-36 s.2)', () => {
  it('is a CEM in every case below, so the rule applies', async () => {
    const r = await html(`${SALE}<footer><p>${UNSUBSCRIBE}</p></footer>`);
    expect(r.verdicts!.casl.class).toBe('cem');
    expect(finding(r)).toBeDefined();
  });

  it('accepts a visible web address as the contact: name, postal address and a www.example.com link', async () => {
    const r = await html(`${SALE}<footer><p>${NAME_AND_ADDRESS} · <a href="https://www.example.com">www.example.com</a></p><p>${UNSUBSCRIBE}</p></footer>`);
    expect(finding(r)).toBeUndefined();
  });

  it('accepts a web address written out in the footer text', async () => {
    const r = await html(`${SALE}<footer><p>${NAME_AND_ADDRESS} · example.com</p><p>${UNSUBSCRIBE}</p></footer>`);
    expect(finding(r)).toBeUndefined();
  });

  it('accepts a link to an identification page (s.2(2)): Impressum, imprint, legal notice, contact, about', async () => {
    const de = '<h1>Neue Kollektion</h1><p>Jetzt 20 % Rabatt auf alles. <a href="https://shop.example.de/sale" style="background:#000;padding:10px">Jetzt shoppen</a></p>';
    const r = await html(`${de}<footer><p><a href="https://www.example.de/impressum">Impressum</a> · <a href="https://shop.example.de/abmelden">Abmelden</a></p></footer>`, 'Neue Kollektion');
    expect(r.verdicts!.casl.class).toBe('cem');
    expect(finding(r)).toBeUndefined();
    for (const [href, label] of [
      ['https://www.example.com/imprint', 'Imprint'],
      ['https://www.example.com/legal', 'Legal notice'],
      ['https://www.example.com/pages/contact', 'Get in touch'],
      ['https://www.example.com/about-us', 'About us'],
    ]) {
      const other = await html(`${SALE}<footer><p><a href="${href}">${label}</a> · ${UNSUBSCRIBE}</p></footer>`);
      expect(finding(other), label).toBeUndefined();
    }
  });

  it('does not take a link that merely mentions "about" in a sentence for an identification page', async () => {
    const r = await html(`${SALE}<p><a href="https://shop.example.com/new">Read more about the collection</a></p><footer><p>${UNSUBSCRIBE}</p></footer>`);
    expect(finding(r)).toBeDefined();
  });

  it("counts the From: address of a raw message as the sender's email address", async () => {
    const r = await eml('Example Outfitters <hello@example.com>', `${SALE}<footer><p>${NAME_AND_ADDRESS}</p><p>${UNSUBSCRIBE}</p></footer>`);
    expect(r.verdicts!.casl.class).toBe('cem');
    expect(finding(r)).toBeUndefined();
  });

  it('does not count a no-reply From: address: it cannot be used to contact the sender', async () => {
    const r = await eml('Example Outfitters <no-reply@example.com>', `${SALE}<footer><p>${NAME_AND_ADDRESS}</p><p>${UNSUBSCRIBE}</p></footer>`);
    expect(finding(r)?.message).toMatch(/no phone number, email or web address/);
  });

  it('counts placeholders for the shop\'s email, phone or website like the address placeholders', async () => {
    for (const contact of ['{{ shop.email }}', '{{ store_phone }}', '{{ company.website }}', '{shop_url}']) {
      const r = await checker.checkBuffer('campaign.liquid', Buffer.from(`${SALE}<footer><p>{{ shop.name }}, {{ shop.address }} · ${contact}</p><p>${UNSUBSCRIBE}</p></footer>`), { subject: 'New arrivals are here' });
      expect(r.verdicts!.casl.class, contact).toBe('cem');
      expect(finding(r), contact).toBeUndefined();
    }
  });

  it('does not take a 20-digit parcel tracking number for a phone number', async () => {
    const shipped =
      '<h1>Your order has shipped</h1><p>Order #1042 is on its way. Tracking number: 00340434161094042557.</p>' +
      '<h2>You may also like</h2><p>Merino socks, now 20% off. <a href="https://shop.example.com/products/socks" style="background:#000;padding:10px">Shop now</a></p>' +
      `<footer><p>${NAME_AND_ADDRESS}</p><p>${UNSUBSCRIBE}</p></footer>`;
    const r = await html(shipped, 'Your order has shipped');
    expect(r.verdicts!.casl.class).toBe('cem');
    expect(finding(r)?.message).toMatch(/no phone number, email or web address/);
  });

  it('does not take a formatted parcel or order number labelled as such for a phone number', async () => {
    for (const line of ['Sendungsnummer: 0034 0434 1610 9404 2557', 'Order no. 0123 456 7890']) {
      const r = await html(`${SALE}<p>${line}</p><footer><p>${NAME_AND_ADDRESS}</p><p>${UNSUBSCRIBE}</p></footer>`);
      expect(finding(r), line).toBeDefined();
    }
  });

  it('still takes a phone number for one, also in a sentence about an order', async () => {
    for (const phone of ['Questions about your order? Call 1-800-555-0100.', 'Tel. +49 30 1234 5678', 'Call us: (416) 555-0100']) {
      const r = await html(`${SALE}<footer><p>${NAME_AND_ADDRESS}</p><p>${phone}</p><p>${UNSUBSCRIBE}</p></footer>`);
      expect(finding(r), phone).toBeUndefined();
    }
  });

  describe('the message names what is missing', () => {
    it('the mailing address', async () => {
      const f = finding(await html(`${SALE}<footer><p>Example Outfitters Ltd. · help@example.com</p><p>${UNSUBSCRIBE}</p></footer>`));
      expect(f?.message).toMatch(/no mailing address/);
      expect(f?.message).not.toMatch(/no phone number/);
    });

    it('the phone number, email or web address', async () => {
      const f = finding(await html(`${SALE}<footer><p>${NAME_AND_ADDRESS}</p><p>${UNSUBSCRIBE}</p></footer>`));
      expect(f?.message).toMatch(/no phone number, email or web address/);
      expect(f?.message).not.toMatch(/no mailing address/);
    });

    it('both', async () => {
      const f = finding(await html(`${SALE}<footer><p>${UNSUBSCRIBE}</p></footer>`));
      expect(f?.message).toMatch(/no mailing address/);
      expect(f?.message).toMatch(/no phone number, email or web address/);
    });

    it('also for a transactional message exempt from consent (s.6(6))', async () => {
      const receipt = '<h1>Thanks for your order</h1><p>Order #1042: 2 items, total $48.00. We will email you when it ships.</p>';
      const r = await html(`${receipt}<footer><p>${NAME_AND_ADDRESS}</p></footer>`, 'Your order #1042 is confirmed');
      expect(r.verdicts!.casl.class).toBe('cem-exempt');
      expect(finding(r, EXEMPT_RULE)?.message).toMatch(/no phone number, email or web address/);
      const withWeb = await html(`${receipt}<footer><p>${NAME_AND_ADDRESS} · www.example.com</p></footer>`, 'Your order #1042 is confirmed');
      expect(finding(withWeb, EXEMPT_RULE)).toBeUndefined();
    });
  });
});

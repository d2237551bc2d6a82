import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { parsePayload, readRouting, routingHeaders, toRawMessage, type EspMessage, type Routing } from '../../src/esp/index.js';
import { parseInput } from '../../src/input/index.js';

const routing = (r: Partial<Routing> & Pick<Routing, 'esp'>): Routing => ({ tags: [], bulk: false, evidence: '', ...r });
const nl = (s: string | false | undefined) => (typeof s === 'string' ? s.replace(/\r\n/g, '\n') : s);

/** The header section of a built message, as lines. */
function headerLines(raw: Buffer): string[] {
  const text = raw.toString('utf8');
  return text.slice(0, text.indexOf('\r\n\r\n')).split('\r\n');
}

describe('toRawMessage', () => {
  const message: EspMessage = {
    from: 'Lumen Tea <orders@lumentea.example.com>',
    subject: 'Your receipt for order #LT-3318',
    html: '<p>Thanks for your order.</p>\n<p>Total: $71.62</p>',
    text: 'Thanks for your order.\nTotal: $71.62\n',
    headers: { 'reply-to': ['help@lumentea.example.com'], 'list-unsubscribe': ['<https://lumentea.example.com/u?x=1>'] },
    routing: routing({ esp: 'postmark', stream: 'outbound', tags: ['receipt'] }),
  };

  it('builds a multipart/alternative message that parses back to the same content', async () => {
    const raw = toRawMessage(message);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(message.subject);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Lumen Tea', address: 'orders@lumentea.example.com' });
    expect(mail.replyTo?.value[0]?.address).toBe('help@lumentea.example.com');
    expect(nl(mail.html)).toBe(message.html);
    expect(nl(mail.text)).toBe(message.text);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(headerLines(raw)).toEqual(expect.arrayContaining(['X-PM-Message-Stream: outbound', 'X-PM-Tag: receipt', 'List-Unsubscribe: <https://lumentea.example.com/u?x=1>']));
  });

  it('is deterministic, uses CRLF and keeps lines within 78 characters', () => {
    const raw = toRawMessage({ ...message, html: `<p>${'Lorem ipsum dolor sit amet, '.repeat(40)}</p>` });
    expect(raw.equals(toRawMessage({ ...message, html: `<p>${'Lorem ipsum dolor sit amet, '.repeat(40)}</p>` }))).toBe(true);
    const text = raw.toString('utf8');
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('adds a Date header only when asked', () => {
    expect(headerLines(toRawMessage(message)).some((l) => l.startsWith('Date:'))).toBe(false);
    expect(headerLines(toRawMessage(message, { date: new Date(Date.UTC(2026, 2, 3, 9, 5, 7)) }))).toContain('Date: Tue, 3 Mar 2026 09:05:07 +0000');
  });

  it('builds a single-part message when there is only HTML or only text', async () => {
    const htmlOnly = await simpleParser(toRawMessage({ ...message, text: undefined }));
    expect(nl(htmlOnly.html)).toBe(message.html);
    expect(htmlOnly.headers.get('content-type')).toMatchObject({ value: 'text/html' });
    const textOnly = await simpleParser(toRawMessage({ ...message, html: undefined }));
    expect(textOnly.html).toBe(false);
    expect(nl(textOnly.text)).toBe(message.text);
  });

  it('encodes non-ASCII subjects, display names and bodies as UTF-8', async () => {
    const m: EspMessage = {
      ...message,
      from: '"Café Élan, Zürich" <hallo@cafe-elan.example.com>',
      subject: 'Ihre Bestellung ist unterwegs — 配送のお知らせ 🚚 with a long tail to force several encoded words',
      html: '<p>Grüße aus Zürich — ありがとうございました 🎉</p>',
      text: 'Grüße aus Zürich — ありがとうございました 🎉',
    };
    const raw = toRawMessage(m);
    expect(raw.subarray(0, raw.indexOf('\r\n\r\n')).every((b) => b < 0x80)).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(m.subject);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Café Élan, Zürich', address: 'hallo@cafe-elan.example.com' });
    expect(nl(mail.html)).toBe(m.html);
    expect(nl(mail.text)).toBe(m.text);
  });

  it('cannot be made to inject headers or break the MIME structure', async () => {
    const m: EspMessage = {
      ...message,
      subject: 'Hello\r\nBcc: victim@example.com',
      headers: { 'x-note': ['a\r\n\r\n<p>injected</p>'], 'content-type': ['text/plain'], 'mime-version': ['2.0'] },
    };
    const mail = await simpleParser(toRawMessage(m));
    expect(mail.bcc).toBeUndefined();
    expect(mail.subject).toBe('Hello Bcc: victim@example.com');
    expect(mail.headers.get('x-note')).toBe('a <p>injected</p>');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(nl(mail.html)).toBe(message.html);
  });

  it('writes the routing headers of every ESP so readRouting reads the same routing back', async () => {
    const cases: Routing[] = [
      routing({ esp: 'postmark', stream: 'broadcast', tags: ['journal'] }),
      routing({ esp: 'sendgrid', tags: ['newsletter', 'weekly'], unsubscribeGroup: 4521, subscriptionTracking: true }),
      routing({ esp: 'sendgrid', tags: Array.from({ length: 12 }, (_, i) => `a fairly long category name ${i}`) }),
      routing({ esp: 'ses', stream: 'newsletters', tags: ['category=newsletter'], listManagement: { contactList: 'Customers', topic: 'digest' } }),
      routing({ esp: 'ses', listManagement: { contactList: 'Customers' } }),
      routing({ esp: 'mailgun', tags: ['transactional', 'shipping'] }),
      routing({ esp: 'mandrill', tags: ['welcome', 'onboarding'] }),
    ];
    for (const r of cases) {
      const parsed = await parseInput('m.eml', toRawMessage({ ...message, headers: {}, routing: r }), { kind: 'eml' });
      const back = readRouting(parsed.headers)!;
      const { evidence: _e, ...want } = r;
      const { evidence: _b, ...got } = back;
      expect(got, r.esp).toEqual(want);
    }
    expect(routingHeaders(routing({ esp: 'generic', bulk: true }))).toEqual([]);
  });

  it("keeps the payload's own routing header instead of writing a second one", () => {
    const lines = headerLines(toRawMessage({ ...message, headers: { 'x-mc-tags': ['a,b'] }, routing: routing({ esp: 'mandrill', tags: ['a', 'b'] }) }));
    expect(lines.filter((l) => /^x-mc-tags:/i.test(l))).toEqual(['X-MC-Tags: a,b']);
  });

  it('returns the raw bytes of an SES raw send unchanged', () => {
    const raw = 'From: a@example.com\r\nSubject: Hi\r\nX-SES-CONFIGURATION-SET: tx\r\n\r\nHello\r\n';
    const m = parsePayload('ses', { Content: { Raw: { Data: Buffer.from(raw).toString('base64') } } });
    expect(toRawMessage(m).toString()).toBe(raw);
  });

  it('quoted-printable round-trips any text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), async (a, b) => {
        const body = `${a}\n${b}`.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
        const mail = await simpleParser(toRawMessage({ text: body, headers: {}, routing: routing({ esp: 'generic' }) }));
        expect(nl(mail.text)).toBe(body);
      }),
      { numRuns: 150 },
    );
  });

  it('subjects and display names round-trip through the header encoding (property)', async () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).map((s) => s.replace(/[\x00-\x1f\x7f]/g, '').replace(/\s+/g, ' ').trim());
    await fc.assert(
      fc.asyncProperty(text, text, async (subject, name) => {
        const mail = await simpleParser(toRawMessage({ subject, from: `"${name.replace(/["\\]/g, '\\$&')}" <a@example.com>`, text: 'x', headers: {}, routing: routing({ esp: 'generic' }) }));
        expect(mail.subject ?? '').toBe(subject);
        expect(mail.from?.value[0]?.address).toBe('a@example.com');
        if (name) expect(mail.from?.value[0]?.name).toBe(name);
      }),
      { numRuns: 200 },
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/limits.js';
import { FIXTURES } from '../helpers.js';
import { manyParts, nestedMultipart } from './generate.js';
import { ids, limitHits } from './helpers.js';

/** Every limit, hit with a small override: refused with its name, or reported with what was not read. */
const checker = createChecker();
const CRLF = '\r\n';
const eml = (headers: string[], body: string) => Buffer.from([...headers, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', body].join(CRLF));
const BASE = ['From: Paperleaf <orders@shop.example>', 'To: dana@example.net', 'Subject: Your order has shipped'];
const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p><p>Order summary: 1 × Linen notebook, $18.00. Shipping: $4.00. Total paid: $22.00.</p>';

describe('limits', () => {
  it('have documented defaults that a real newsletter never reaches', () => {
    expect(DEFAULT_LIMITS).toMatchObject({
      maxInputBytes: 25 * 1024 * 1024, maxHeaders: 1000, maxHeaderLineChars: 65536, maxHeaderBytes: 1024 * 1024, maxMimeDepth: 32,
      maxMimeParts: 500, maxBodyChars: 5_000_000, maxHtmlNodes: 100_000, maxHtmlDepth: 512, maxBlockChars: 4000, maxBlocks: 10_000,
      maxTextChars: 1_000_000, maxLinks: 5000, maxImages: 2000, maxHiddenSpans: 200, maxDirectives: 200, maxAttributeChars: 16384,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('take overrides, ignoring values that are not positive numbers', () => {
    const l = resolveLimits({ maxBlocks: 7, maxLinks: -1, maxImages: Number.NaN, maxTextChars: 10.7 });
    expect(l.maxBlocks).toBe(7);
    expect(l.maxLinks).toBe(DEFAULT_LIMITS.maxLinks);
    expect(l.maxImages).toBe(DEFAULT_LIMITS.maxImages);
    expect(l.maxTextChars).toBe(10);
  });

  it('are never reached by the repository fixtures', async () => {
    for (const dir of ['basic', 'gray-zone', 'hard']) {
      for (const f of readdirSync(join(FIXTURES, dir)).filter((n) => !n.endsWith('.yaml'))) {
        const r = await checker.checkFile(join(FIXTURES, dir, f));
        expect(r.error, f).toBeUndefined();
        expect(limitHits(r), f).toEqual([]);
      }
    }
  }, 60_000);

  describe('refused inputs: error too-large naming the limit', () => {
    const refused: Array<[string, Buffer, Record<string, number>, RegExp]> = [
      ['maxInputBytes', Buffer.from(RECEIPT), { maxInputBytes: 50 }, /limits\.maxInputBytes = 50\b/],
      ['maxHeaders', eml([...BASE, 'X-A: 1', 'X-B: 2', 'X-C: 3'], RECEIPT), { maxHeaders: 5 }, /limits\.maxHeaders = 5\b/],
      ['maxHeaderLineChars', eml([...BASE, `X-Long: ${'a'.repeat(100)}`], RECEIPT), { maxHeaderLineChars: 80 }, /"X-Long" is 108 characters long.*limits\.maxHeaderLineChars = 80\b/],
      ['maxHeaderBytes', eml([...BASE, `X-Pad: ${'b'.repeat(400)}`], RECEIPT), { maxHeaderBytes: 300 }, /limits\.maxHeaderBytes = 300\b/],
      ['maxMimeDepth', nestedMultipart(4), { maxMimeDepth: 3 }, /nested 4 deep.*limits\.maxMimeDepth = 3\b/],
      ['maxMimeParts', manyParts(12), { maxMimeParts: 10 }, /limits\.maxMimeParts = 10\b/],
    ];
    for (const [name, bytes, limits, message] of refused) {
      it(name, async () => {
        const r = await checker.checkBuffer('m.eml', bytes, { limits });
        expect(r.error?.code).toBe('too-large');
        expect(r.error?.message).toMatch(message);
        expect(r.verdicts).toBeUndefined();
      });
    }

    it('maxInputBytes on a file, and the legacy maxBytes option', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'graylint-limits-'));
      try {
        const path = join(dir, 'r.html');
        writeFileSync(path, RECEIPT);
        expect((await checker.checkFile(path, { limits: { maxInputBytes: 50 } })).error?.code).toBe('too-large');
        expect((await checker.checkFile(path, { maxBytes: 50 })).error?.code).toBe('too-large');
        expect((await checker.checkFile(path, { maxBytes: 50, limits: { maxInputBytes: 10_000 } })).error).toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('read up to the limit: a graylint/limit-reached warning naming the limit and what was not read', () => {
    const promoAfter = (filler: string) => Buffer.from(RECEIPT + filler + '<p>Flash sale: 50% off everything, shop now!</p>');
    const read: Array<[string, Buffer, Record<string, number>, RegExp]> = [
      ['maxBodyChars', promoAfter('<p>filler</p>'.repeat(20)), { maxBodyChars: 200 }, /did not read the file after its first 200 characters/],
      ['maxHtmlNodes', promoAfter('<p>filler</p>'.repeat(20)), { maxHtmlNodes: 20 }, /the markup from line 1 on \(after the first 20 HTML nodes\)/],
      ['maxHtmlDepth', promoAfter('<div>'.repeat(30)), { maxHtmlDepth: 10 }, /nested more than 10 deep/],
      ['maxBlocks', promoAfter('<p>filler</p>'.repeat(20)), { maxBlocks: 5 }, /text after the first 5 blocks/],
      ['maxTextChars', promoAfter('<p>filler</p>'.repeat(20)), { maxTextChars: 150 }, /visible text after the first 150 characters/],
      ['maxLinks', promoAfter('<a href="https://x.example/a">a</a>'.repeat(5)), { maxLinks: 2 }, /links after the first 2/],
      ['maxImages', promoAfter('<img src="a.png" alt="a" width="100">'.repeat(5)), { maxImages: 2 }, /images after the first 2/],
      ['maxDirectives', promoAfter('<!-- graylint-disable-next-block x -- y -->'.repeat(5)), { maxDirectives: 2 }, /graylint directives after the first 2 \(their findings stay reported\)/],
      ['maxHiddenSpans', promoAfter('<div style="display:none">hidden words</div>'.repeat(5)), { maxHiddenSpans: 2 }, /hidden text after the first 2 hidden spans/],
      ['maxAttributeChars', promoAfter(`<p style="color:#333;${'x'.repeat(200)}">styled</p>`), { maxAttributeChars: 100 }, /the rest of a 211-character style="…" attribute/],
    ];
    for (const [name, bytes, limits, skipped] of read) {
      it(name, async () => {
        const r = await checker.checkBuffer('t.html', bytes, { limits });
        expect(r.error).toBeUndefined();
        expect(r.verdicts).toBeDefined();
        const hits = r.findings.filter((f) => f.ruleId === 'graylint/limit-reached');
        expect(hits.map((f) => f.evidence)).toContain(`limits.${name} = ${Object.values(limits)[0]}`);
        const hit = hits.find((f) => f.evidence.startsWith(`limits.${name} `))!;
        expect(hit.severity).toBe('warning');
        expect(hit.message).toMatch(skipped);
        expect(hit.message).toContain(`limits.${name} =`);
      });
    }

    it('maxBodyChars on the HTML part of a raw message', async () => {
      const r = await checker.checkBuffer('m.eml', eml(BASE, RECEIPT + '<p>filler</p>'.repeat(50)), { limits: { maxBodyChars: 300 } });
      const hit = r.findings.find((f) => f.ruleId === 'graylint/limit-reached');
      expect(hit?.message).toMatch(/did not read the text\/html body after its first 300 characters \(it has \d+\)/);
      expect(hit?.location.part).toBe('text/html');
    });

    it('maxBlocks and maxTextChars on a plain-text body', async () => {
      const text = Buffer.from('Your order #10442 has shipped.\n\n' + 'Filler paragraph.\n\n'.repeat(30));
      expect(limitHits(await checker.checkBuffer('t.txt', text, { limits: { maxBlocks: 4 } }))).toEqual(['limits.maxBlocks']);
      expect(limitHits(await checker.checkBuffer('t.txt', text, { limits: { maxTextChars: 60 } }))).toEqual(['limits.maxTextChars']);
    });

    it('cannot be silenced by a directive', async () => {
      const html = Buffer.from('<!-- graylint-disable -- everything -->' + RECEIPT + '<p>filler</p>'.repeat(20));
      const r = await checker.checkBuffer('t.html', html, { limits: { maxBlocks: 3 } });
      expect(limitHits(r)).toEqual(['limits.maxBlocks']);
    });
  });

  it('maxBlockChars splits a long paragraph without dropping anything, and says nothing', async () => {
    const long = 'Your order #10442 has shipped and is on its way to you. '.repeat(200);
    const r = await checker.checkBuffer('t.html', Buffer.from(`<p>${long} Flash sale: 50% off everything, shop now!</p>`), { limits: { maxBlockChars: 500 }, explain: true });
    expect(limitHits(r)).toEqual([]);
    // The offer sits 11,000 characters into one paragraph: read because the paragraph was split.
    expect(r.signals?.['promo.commercial']).toBe(true);
    expect(ids(r)).not.toContain('graylint/hidden-content');
  });
});

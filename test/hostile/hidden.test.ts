import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { parseInput } from '../../src/input/index.js';
import { buildModel } from '../../src/model/index.js';
import { visibleText } from '../../src/model/visible-text.js';
import { FIXTURES } from '../helpers.js';
import { ids } from './helpers.js';

/**
 * Text hidden from the reader. Invisible characters inside words are removed before matching,
 * so the offer is read; hidden promotional text (display:none, font-size:0, the colour of its
 * background) is reported as graylint/hidden-content with the hidden text as evidence.
 */
const checker = createChecker();
const HOSTILE = join(FIXTURES, 'hostile');
const hiddenFindings = (r: Awaited<ReturnType<typeof checker.checkFile>>) => r.findings.filter((f) => f.ruleId === 'graylint/hidden-content');

const RECEIPT = (middle: string, head = '') => Buffer.from(`<html><head>${head}<title>Your order #10442 has shipped</title></head><body>
<table bgcolor="#ffffff"><tr><td style="color:#222222">
<h1>Your order #10442 has shipped</h1>
<p>Hi Dana, your order #10442 is on its way. Track your package with UPS: 1Z999AA10123456784.</p>
<p>Order summary: 1 × Linen notebook, $18.00. Shipping: $4.00. Total paid: $22.00.</p>
${middle}
<p>Questions about your order? Reply to this email.</p>
<p>Paperleaf Ltd, 12 Example Street, Springfield, IL 62701, USA</p>
</td></tr></table></body></html>`);

describe('invisible characters inside words', () => {
  it('are removed before matching, so a split "S\u200bA\u200bL\u200bE 50% off" still reads as an offer, and reported', async () => {
    const r = await checker.checkFile(join(HOSTILE, 'zero-width-offer.html'), { explain: true });
    expect(r.signals?.['promo.commercial']).toBe(true);
    expect(r.category).toBe('hybrid');
    const [f] = hiddenFindings(r);
    expect(f?.evidence).toMatch(/^SALE: 50% off everything/);
    expect(f?.message).toMatch(/Invisible characters/);
    expect(f?.location).toMatchObject({ scope: 'body', line: 8 });
  });

  it('reads text under a right-to-left override in display order, and reports it', async () => {
    const r = await checker.checkFile(join(HOSTILE, 'bidi-override-offer.html'), { explain: true });
    expect(r.signals?.['promo.commercial']).toBe(true);
    const [f] = hiddenFindings(r);
    expect(f?.evidence).toMatch(/free shipping and 50% off all today/);
    expect(f?.message).toMatch(/right-to-left override/);
  });

  it('removes them from the subject and the preheader too', async () => {
    const r = await checker.checkBuffer('s.html', RECEIPT('<p>Thanks.</p>'), { subject: 'F\u200bR\u200bE\u200bE shipping this week', explain: true });
    expect(r.subject).toBe('FREE shipping this week');
  });

  it('keeps emoji sequences and Persian joiners, drops soft hyphens quietly, and does not report a single break opportunity', () => {
    expect(visibleText('Family 👨\u200d👩\u200d👧 trip').text).toBe('Family 👨\u200d👩\u200d👧 trip');
    expect(visibleText('می\u200cخواهم').text).toBe('می\u200cخواهم');
    expect(visibleText('Sonder\u00adangebot')).toEqual({ text: 'Sonderangebot', maxInWord: 0, reversed: false });
    expect(visibleText('write to help@\u200bshop.example').maxInWord).toBe(0);
    expect(visibleText('super\u200blong').maxInWord).toBe(1);
    expect(visibleText('S\u200bA\u200bL\u200bE').maxInWord).toBe(3);
    expect(visibleText('a\u0000b\u001bc').text).toBe('abc');
  });

  it('stays linear on a million selectors in a row', () => {
    const start = performance.now();
    const v = visibleText('a' + '\ufe0f'.repeat(1_000_000) + 'b');
    expect(v.text).toBe('ab');
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('hidden promotional text', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['hidden-display-none.html', 'display:none', /^Flash sale: 50% off everything/],
    ['hidden-font-size-0.html', 'font-size:0', /^Huge sale: 40% off all planners/],
    ['hidden-white-on-white.html', 'colour of the background', /^Exclusive offer: save 30% off/],
    ['hidden-same-colour-mjml.mjml', 'colour of the background', /^Members get 25% off the premium plan/],
  ];
  for (const [file, how, evidence] of cases) {
    it(`${file}: reported as graylint/hidden-content (${how}) with the hidden text as evidence`, async () => {
      const r = await checker.checkFile(join(HOSTILE, file));
      const found = hiddenFindings(r);
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.message).toContain(`(${how})`);
      expect(found[0]!.evidence).toMatch(evidence);
      expect(found[0]!.location.line).toBeGreaterThan(1);
    });
  }

  it('records hidden text in the model, with how it is hidden, and keeps display:none text out of the blocks', async () => {
    const p = await parseInput('h.html', RECEIPT('<div style="display:none">Secret 50% off</div><p style="font-size:0">Zero 20% off</p><p><span style="color:#fefefe">Pale 10% off</span></p>'));
    const m = buildModel(p);
    expect(m.hidden.map((h) => [h.how, h.text])).toEqual([
      ['display:none', 'Secret 50% off'],
      ['font-size:0', 'Zero 20% off'],
      ['colour of the background', 'Pale 10% off'],
    ]);
    const text = m.blocks.map((b) => b.text).join(' ');
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('Zero 20%');
    expect(text).toContain('Pale 10% off'); // drawn, only in the background colour: still read
  });

  it('is silenced by a directive like any finding', async () => {
    const r = await checker.checkBuffer('d.html', RECEIPT('<!-- graylint-disable graylint/hidden-content -- mobile-only block, shown by a media query -->\n<div style="display:none">Flash sale 50% off</div>'));
    expect(ids(r)).not.toContain('graylint/hidden-content');
    expect(r.suppressed?.map((f) => f.ruleId)).toContain('graylint/hidden-content');
  });

  const quiet: Array<[string, Buffer]> = [
    ['the inbox preheader (hidden, first)', Buffer.from('<body><div style="display:none;max-height:0;overflow:hidden">50% off everything this weekend</div><p>Your order #10442 has shipped. Track your package with UPS.</p></body>')],
    ['a preheader after a short "View in browser" line', Buffer.from('<body><p><a href="https://x.example/web">View in browser</a></p><div style="display:none">Save 50% off today</div><p>Your order #10442 has shipped. Track your package with UPS.</p></body>')],
    ['white text on a dark inline background', RECEIPT('<table><tr><td bgcolor="#222222"><p style="color:#ffffff">Shop the sale: 50% off</p></td></tr></table>')],
    ['white text on a background image', RECEIPT('<table><tr><td background="https://x.example/hero.jpg" style="color:#ffffff">Shop the sale: 50% off</td></tr></table>')],
    ['white text on a button', RECEIPT('<p><a href="https://x.example/shop" style="background-color:#e00000;color:#ffffff;padding:10px">Shop 50% off now</a></p>')],
    ['white text on a class painted by the stylesheet', RECEIPT('<table><tr><td class="hero"><p style="color:#ffffff">Shop the sale: 50% off</p></td></tr></table>', '<style>.hero { background-color: #111111; }</style>')],
    ['columns in a font-size:0 container whose children reset the size', RECEIPT('<div style="font-size:0"><div style="display:inline-block;font-size:14px">Shop the sale: 50% off</div></div>')],
    ['hidden text that is not an offer', RECEIPT('<div style="display:none">Order details for screen readers: order 10442</div>')],
  ];
  for (const [name, bytes] of quiet) {
    it(`does not report ${name}`, async () => {
      const r = await checker.checkBuffer('q.html', bytes);
      expect(r.error).toBeUndefined();
      expect(ids(r)).not.toContain('graylint/hidden-content');
    });
  }
});

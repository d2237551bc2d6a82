import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { sanitizeMessage } from '../../src/report/html/sanitize.js';
import { resolveLimits } from '../../src/limits.js';
import { explainBytes, frames, parseReport } from './helpers.js';

/**
 * Issue 15 item 15: the report gets to see what `check` saw. A message deeper or bigger than the
 * model's limits (src/limits.ts) is rendered up to where the model stopped reading, with a
 * visible note; the rest is left out. Never a stack overflow, never a missing report.
 * (How long this takes is bounded in scripts/fuzz.mjs, not here.)
 */
const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p>';

describe('html report: a message past the model\'s limits', () => {
  it('renders 3,000 nested elements down to limits.maxHtmlDepth, with a note, instead of overflowing the stack', async () => {
    const deep = `${RECEIPT}${'<div>'.repeat(3000)}<p>Deep text past the limit</p>${'</div>'.repeat(3000)}`;
    const f = await explainBytes('deep.html', deep);
    expect(f.result.error).toBeUndefined();
    const $ = parseReport(formatHtmlReport([f]));
    const [frame] = frames($);
    expect(frame!.doc('body').text()).toContain('Your order #10442 has shipped');
    expect(frame!.source).not.toContain('Deep text past the limit');
    const note = $('[data-limit="maxHtmlDepth"]');
    expect(note.length).toBe(1);
    expect(note.text()).toContain('limits.maxHtmlDepth = 512');
    expect(note.text()).toMatch(/not shown/);
  });

  it('walks without recursion: the sanitizer takes 10,000 nested elements when the limits allow them', () => {
    // The model's own walk is bounded by maxHtmlDepth (512 by default); the sanitizer must not
    // depend on that bound to stay off the call stack.
    const deep = `${RECEIPT}${'<span>'.repeat(10_000)}innermost${'</span>'.repeat(10_000)}`;
    const out = sanitizeMessage(deep, { nonce: 'n', css: '', limits: resolveLimits({ maxHtmlDepth: 20_000 }) });
    expect(out.html).toContain('innermost');
    expect(out.leftOut).toEqual([]);
  });

  it('stops at limits.maxHtmlNodes as the check does, with a note naming the limit', async () => {
    const many = `${RECEIPT}${Array.from({ length: 200 }, (_, i) => `<p>Row ${i}</p>`).join('')}`;
    const f = await explainBytes('many.html', many, { limits: { maxHtmlNodes: 50 } });
    expect(f.result.findings.some((x) => x.evidence === 'limits.maxHtmlNodes = 50')).toBe(true);
    const $ = parseReport(formatHtmlReport([f]));
    const [frame] = frames($);
    expect(frame!.doc('body').text()).toContain('Row 3');
    expect(frame!.doc('body').text()).not.toContain('Row 150');
    expect($('[data-limit="maxHtmlNodes"]').text()).toContain('limits.maxHtmlNodes = 50');
  });

  it('keeps an element with 100,000 attributes inert, and cuts long values at limits.maxAttributeChars with a note', async () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => (i === 99_998 ? 'onclick="alert(1)"' : `data-a${i}="x"`)).join(' ');
    const body = `${RECEIPT}<div ${attrs} style="color:#333;${'x'.repeat(300)}">Attribute flood</div>`;
    const f = await explainBytes('attrs.html', body, { limits: { maxAttributeChars: 100 } });
    expect(f.result.error).toBeUndefined();
    const $ = parseReport(formatHtmlReport([f]));
    const [frame] = frames($, { fast: true });
    const flood = frame!.doc('div').filter((_, el) => frame!.doc(el).text() === 'Attribute flood');
    expect(flood.length).toBe(1);
    expect(flood.attr('onclick')).toBeUndefined();
    expect(frame!.source).not.toMatch(/\sonclick=/);
    expect(flood.attr('data-a99999')).toBe('x');
    expect(flood.attr('style')!.length).toBeLessThanOrEqual(100);
    expect($('[data-limit="maxAttributeChars"]').text()).toContain('limits.maxAttributeChars = 100');
  });

  it('says nothing about limits for an ordinary message', async () => {
    const f = await explainBytes('plain.html', RECEIPT);
    expect(parseReport(formatHtmlReport([f]))('[data-limit]').length).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { FIXTURES } from './helpers.js';

/**
 * Issue 16 scope item 6: a check can hand back the stages it ran (parsed input, content model,
 * signals, and the limits and settings it ran with), so the HTML report reads them instead of
 * parsing the message again on its own terms.
 */
const checker = createChecker();
const bytesOf = (rel: string) => readFileSync(join(FIXTURES, rel));

const POSTMARK = 'esp/postmark-receipt-with-coupon.json';
const POSTMARK_SUBJECT = 'Your Lumen Tea receipt for order #LT-3318';

describe('checkBufferWithStages', () => {
  it.each([
    'gray-zone/receipt-with-referral-above.en.html',
    'gray-zone/receipt-with-referral.eml',
    'basic/plain-order.txt',
    POSTMARK,
  ])('%s: the result is the one checkBuffer gives, with or without --explain', async (rel) => {
    for (const explain of [false, true]) {
      const plain = await checker.checkBuffer(rel, bytesOf(rel), { explain });
      const staged = await checker.checkBufferWithStages(rel, bytesOf(rel), { explain });
      expect(staged.result).toEqual(plain);
      expect(staged.stages).not.toBeNull();
    }
  });

  it('returns the parsed input, the model and the signals the verdicts came from', async () => {
    const rel = 'gray-zone/receipt-with-referral-above.en.html';
    const { result, stages } = await checker.checkBufferWithStages(rel, bytesOf(rel));
    expect(stages!.parsed.html).toBe(bytesOf(rel).toString('utf8'));
    expect(stages!.model.kind).toBe(result.kind);
    expect(stages!.model.subject?.text).toBe(result.subject);
    expect(stages!.signals.values['language']).toBe(result.language);
    // The promotion the findings quote is the signals' own evidence.
    const promo = stages!.signals.evidence['promo']!.map((e) => e.text);
    expect(promo).toContain('Give $40, get $40');
    expect(result.findings.some((f) => f.ruleId === 'can-spam/promo-before-transactional' && f.evidence === promo[0])).toBe(true);
    // Every signal has a value: none is left deferred for a pack expression to resolve.
    expect(() => Object.entries(stages!.signals.values)).not.toThrow();
    expect(typeof stages!.signals.values['subject.imperative']).toBe('boolean');
    expect(stages!.limits).toEqual(DEFAULT_LIMITS);
  });

  it('an ESP request: the stages are those of the message it describes, not of the JSON', async () => {
    for (const opts of [{ esp: 'postmark' as const }, {}]) {
      const { result, stages } = await checker.checkBufferWithStages(POSTMARK, bytesOf(POSTMARK), opts);
      expect(result.routing?.esp).toBe('postmark');
      expect(stages!.parsed.kind).toBe('eml');
      expect(stages!.parsed.html).toContain('Thanks for your order, Priya</h1>');
      expect(stages!.parsed.html).not.toContain('"HtmlBody"');
      expect(stages!.model.subject?.text).toBe(POSTMARK_SUBJECT);
      expect(result.subject).toBe(POSTMARK_SUBJECT);
    }
  });

  it('carries the limits and settings the check ran with, and the model read only that far', async () => {
    const rel = 'gray-zone/receipt-with-referral-above.en.html';
    const settings = { 'can-spam': { beginningOfBody: 0.5 } };
    const { result, stages } = await checker.checkBufferWithStages(rel, bytesOf(rel), { limits: { maxHtmlNodes: 40 }, settings });
    expect(stages!.limits).toEqual({ ...DEFAULT_LIMITS, maxHtmlNodes: 40 });
    expect(stages!.settings).toEqual(settings);
    expect(stages!.model.limitsReached.map((l) => l.limit)).toContain('maxHtmlNodes');
    expect(result.findings.some((f) => f.ruleId === 'graylint/limit-reached' && f.evidence === 'limits.maxHtmlNodes = 40')).toBe(true);
  });

  it('an input that cannot be read has a result with its error and no stages', async () => {
    const { result, stages } = await checker.checkBufferWithStages('empty.html', Buffer.alloc(0));
    expect(result.error?.code).toBeDefined();
    expect(result).toEqual(await checker.checkBuffer('empty.html', Buffer.alloc(0)));
    expect(stages).toBeNull();
  });
});

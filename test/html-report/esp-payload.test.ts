import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { explainFixture, frames, parseReport, ROOT } from './helpers.js';

/**
 * Issue 15 item 27: the report of an ESP API request shows the message the request describes
 * (its subject, its HTML body), read within the limits of the check, not the JSON as HTML.
 */
const RECEIPT = 'fixtures/esp/postmark-receipt-with-coupon.json';
const NEWSLETTER = 'fixtures/esp/postmark-broadcast-newsletter.json';
const payloadOf = (rel: string) => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as { Subject: string; HtmlBody: string };

describe('html report: a Postmark request', () => {
  it.each([RECEIPT, NEWSLETTER])('%s: renders the payload\'s HTML body under its subject', async (rel) => {
    const payload = payloadOf(rel);
    for (const opts of [{ esp: 'postmark' as const }, {}]) {
      const f = await explainFixture(rel, opts);
      expect(f.result.routing?.esp).toBe('postmark');
      expect(f.kind).toBe('eml');
      expect(f.markupKind).toBe('html');
      expect(f.markup).toBe(payload.HtmlBody.replace(/\r\n/g, '\n'));
      expect(f.subject?.text).toBe(payload.Subject);
      const $ = parseReport(formatHtmlReport([f]));
      expect($('#file-1-subject [data-line="subject"]').text()).toBe(payload.Subject);
      const [frame] = frames($);
      expect(frame!.doc('body').text()).not.toMatch(/"(HtmlBody|Subject|MessageStream)"/);
      expect(frame!.doc('[data-gl-mark]').length).toBeGreaterThan(0);
    }
  });

  it('renders the described message only as far as the check\'s limits let it read', async () => {
    const f = await explainFixture(RECEIPT, { esp: 'postmark', limits: { maxHtmlNodes: 40 } });
    expect(f.result.findings.some((x) => x.ruleId === 'graylint/limit-reached' && x.evidence === 'limits.maxHtmlNodes = 40')).toBe(true);
    expect(f.limits?.maxHtmlNodes).toBe(40);
    const $ = parseReport(formatHtmlReport([f]));
    const [frame] = frames($);
    expect(frame!.doc('h1').first().text()).toBe('Thanks for your order, Priya');
    expect(frame!.doc('body').text()).not.toContain('HtmlBody');
    // The footer lies past the 40th node: neither read nor shown.
    expect(payloadOf(RECEIPT).HtmlBody).toContain('Lumen Tea Co.');
    expect(frame!.doc('body').text()).not.toMatch(/Lumen Tea Co\.,/);
    expect($('[data-limit="maxHtmlNodes"]').text()).toContain('limits.maxHtmlNodes = 40');
  });
});

import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';

const checker = createChecker();
const check = (html: string) => checker.checkBuffer('t.html', Buffer.from(html, 'utf8'), { subject: 'Your order #1042 has shipped' });

const RECEIPT = (before = '', after = '') => `<html><body>
<h1>Your order has shipped</h1>
<p>Order #1042 is on its way. Tracking number: 1Z999AA10123456784.</p>
${before}
<p>You may also like our merino socks, now 20% off. <a href="https://shop.example/socks">Shop now</a></p>
${after}
<p>Example Goods Inc., 123 Example Street, Springfield, IL 62701 · help@example.com · <a href="https://example.com/unsubscribe">Unsubscribe</a></p>
</body></html>`;

describe('inline directives', () => {
  it('disable-next-block silences the named rule in the next block only, keeping the verdicts', async () => {
    const plain = await check(RECEIPT());
    expect(plain.findings.map((f) => f.ruleId)).toContain('casl/promo-in-transactional');
    const r = await check(RECEIPT('<!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->'));
    expect(r.findings.map((f) => f.ruleId)).not.toContain('casl/promo-in-transactional');
    expect(r.findings.map((f) => f.ruleId)).toContain('gdpr/promo-in-service-message');
    expect(r.suppressed?.map((f) => [f.ruleId, f.suppressedBy])).toEqual([['casl/promo-in-transactional', 'approved by legal 2026-10']]);
    expect(r.verdicts?.casl.class).toBe('cem');
  });

  it('disable … enable covers a range, with pack wildcards', async () => {
    const r = await check(RECEIPT('<!-- graylint-disable casl/* gdpr/* -- cross-sell approved -->', '<!-- graylint-enable -->'));
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('casl/promo-in-transactional');
    expect(ids).not.toContain('gdpr/promo-in-service-message');
    expect(ids).toContain('providers/promo-in-receipt');
  });

  it('reports a directive that silences nothing, and one without a reason', async () => {
    const r = await check(RECEIPT('', '<!-- graylint-disable-next-block can-spam/missing-postal-address -->'));
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('graylint/unused-directive');
    expect(ids).toContain('graylint/directive-without-reason');
    const unused = r.findings.find((f) => f.ruleId === 'graylint/unused-directive')!;
    expect(unused.location.line).toBe(6);
  });
});

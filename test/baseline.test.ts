import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, BaselineError, createBaseline, pruneBaseline, readBaseline } from '../src/suppression/baseline.js';
import { evidenceKey } from '../src/suppression/evidence-key.js';
import type { Evidence, FileResult, Finding } from '../src/types.js';

/** The baseline keyed by rule and evidence (issue 15 item 7), on hand-made results. */
const CWD = '/repo';
const FILE = '/repo/templates/receipt.html';

function promo(text: string, line: number): Evidence {
  return { text, location: { scope: 'body', line, column: 1 } };
}

/** A finding the way the packs make one: it quotes the first piece of evidence and carries them all. */
function finding(ruleId: string, items: Evidence[], severity: Finding['severity'] = 'warning'): Finding {
  const first = items[0]!;
  return {
    ruleId,
    severity,
    message: `The promotion “${first.text}” makes this transactional message a CEM.`,
    citation: 'CASL s.6(6)',
    location: { ...first.location, scope: 'body' },
    evidence: first.text,
    fix: `Remove “${first.text}” from the template.`,
    pack: ruleId.split('/')[0]!,
    ...(items.length > 1 ? { evidenceItems: items } : {}),
  };
}

function result(findings: Finding[]): FileResult {
  return { file: FILE, kind: 'html', category: 'hybrid', stream: 'marketing', findings };
}

const REFERRAL = promo('Refer a friend and you both get $10', 40);
const REFERRAL_CTA = promo('Invite friends', 44);
const UPSELL = promo('You may also like: Merino socks, now 20% off', 60);

describe('baseline keyed by rule and evidence', () => {
  it('keys each entry by a hash of the normalised evidence: spacing and case do not matter, the text does', () => {
    expect(evidenceKey('Refer a friend  and you both\nget $10')).toBe(evidenceKey('refer a friend and you both get $10'));
    expect(evidenceKey('Refer a friend and you both get $10')).not.toBe(evidenceKey('Refer a friend and you both get $20'));
    expect(evidenceKey('x')).toMatch(/^[0-9a-f]{16}$/);
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL, REFERRAL_CTA])])] }, CWD);
    expect(b).toEqual({
      version: 2,
      files: { 'templates/receipt.html': { 'casl/promo-in-transactional': { [evidenceKey(REFERRAL.text)]: 1, [evidenceKey(REFERRAL_CTA.text)]: 1 } } },
    });
  });

  it('a line shift alone does not un-suppress', () => {
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL, REFERRAL_CTA])])] }, CWD);
    const moved = applyBaseline(result([finding('casl/promo-in-transactional', [promo(REFERRAL.text, 90), promo(REFERRAL_CTA.text, 94)])]), b, CWD);
    expect(moved.findings).toEqual([]);
    expect(moved.suppressed).toHaveLength(1);
  });

  it('a promotion added later is reported, pointing at it, while the baselined one stays suppressed', () => {
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL, REFERRAL_CTA])])] }, CWD);
    const now = applyBaseline(result([finding('casl/promo-in-transactional', [REFERRAL, REFERRAL_CTA, UPSELL])]), b, CWD);
    expect(now.findings).toHaveLength(1);
    const reported = now.findings[0]!;
    expect(reported.evidence).toBe(UPSELL.text);
    expect(reported.location).toEqual({ scope: 'body', line: 60, column: 1 });
    expect(reported.message).toBe(`The promotion “${UPSELL.text}” makes this transactional message a CEM.`);
    expect(reported.fix).toBe(`Remove “${UPSELL.text}” from the template.`);
    expect(now.suppressed).toEqual([expect.objectContaining({ ruleId: 'casl/promo-in-transactional', evidence: REFERRAL.text, suppressedBy: 'baseline' })]);
  });

  it('a promotion added above the baselined one is the one reported', () => {
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL])])] }, CWD);
    const now = applyBaseline(result([finding('casl/promo-in-transactional', [UPSELL, REFERRAL])]), b, CWD);
    expect(now.findings.map((f) => f.evidence)).toEqual([UPSELL.text]);
    expect(now.suppressed!.map((f) => f.evidence)).toEqual([REFERRAL.text]);
  });

  it('counts identical evidence: a second copy of the same text is new', () => {
    const b = createBaseline({ version: 1, results: [result([finding('providers/promo-in-receipt', [promo('Shop now', 10)])])] }, CWD);
    const now = applyBaseline(result([finding('providers/promo-in-receipt', [promo('Shop now', 10), promo('Shop now', 30)])]), b, CWD);
    expect(now.findings.map((f) => f.location.line)).toEqual([30]);
  });

  it('evidence is per rule: the same text baselined for one rule does not hide another rule', () => {
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL])])] }, CWD);
    const now = applyBaseline(result([finding('casl/promo-in-transactional', [REFERRAL]), finding('gdpr/promo-in-service-message', [REFERRAL])]), b, CWD);
    expect(now.findings.map((f) => f.ruleId)).toEqual(['gdpr/promo-in-service-message']);
  });

  it('--prune-baseline drops the evidence that is gone and keeps the rest', () => {
    const b = createBaseline({ version: 1, results: [result([finding('casl/promo-in-transactional', [REFERRAL, REFERRAL_CTA]), finding('casl/missing-unsubscribe', [promo('footer', 80)], 'error')])] }, CWD);
    const now = applyBaseline(result([finding('casl/promo-in-transactional', [REFERRAL_CTA, UPSELL])]), b, CWD);
    const { baseline, removed } = pruneBaseline(b, { version: 1, results: [now] }, CWD);
    expect(removed).toBe(2);
    expect(baseline).toEqual({ version: 2, files: { 'templates/receipt.html': { 'casl/promo-in-transactional': { [evidenceKey(REFERRAL_CTA.text)]: 1 } } } });
  });
});

describe('reading baseline files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-baseline-'));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };

  it('reads an old count-based file (version 1) and applies its counts per rule', () => {
    const old = readBaseline(write('v1.json', { version: 1, files: { 'templates/receipt.html': { 'casl/promo-in-transactional': 1 } } }));
    expect(old.version).toBe(1);
    const now = applyBaseline(result([finding('casl/promo-in-transactional', [UPSELL]), finding('gdpr/promo-in-service-message', [UPSELL])]), old, CWD);
    expect(now.findings.map((f) => f.ruleId)).toEqual(['gdpr/promo-in-service-message']);
  });

  it('rejects what is not a baseline, and a count that is not a whole number', () => {
    expect(() => readBaseline(write('bad.json', '{'))).toThrow(BaselineError);
    expect(() => readBaseline(write('v7.json', { version: 7, files: {} }))).toThrow(/not a graylint baseline/);
    expect(() => readBaseline(write('v2-bad.json', { version: 2, files: { 'a.html': { 'casl/x': { abc: 1.5 } } } }))).toThrow(/whole number/);
    expect(() => readBaseline(write('v2-flat.json', { version: 2, files: { 'a.html': { 'casl/x': 3 } } }))).toThrow(BaselineError);
  });
});

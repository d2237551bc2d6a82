import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { FIXTURES } from './helpers.js';

/**
 * The Israel (s.30A) and Turkey (Law 6563) packs are laws for some audiences only (law.optIn):
 * mail checked without them selected gets exactly the verdicts it had before they existed.
 */
const checker = createChecker();
const RECEIPT = join(FIXTURES, 'gray-zone/receipt-with-referral.eml');

describe('the Israel and Turkey packs are opt-in', () => {
  it('add no verdict and no finding unless selected', async () => {
    const r = await checker.checkFile(RECEIPT);
    expect(Object.keys(r.verdicts ?? {}).sort()).toEqual(['can-spam', 'casl', 'gdpr']);
    expect(r.findings.filter((f) => /^(israel|turkey)\//.test(f.ruleId))).toEqual([]);
  });

  it('decide, and run their rules, where selected', async () => {
    const r = await checker.checkFile(RECEIPT, { optInLaws: ['israel', 'turkey'] });
    expect(r.verdicts?.['israel']?.class).toBe('advertisement');
    expect(r.verdicts?.['turkey']?.class).toBe('ticari');
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('israel/promo-in-service-message');
    expect(ids).toContain('turkey/promo-in-informational');
    // The laws selected do not change the others' verdicts.
    const plain = await checker.checkFile(RECEIPT);
    for (const law of ['can-spam', 'casl', 'gdpr']) expect(r.verdicts?.[law]?.class).toBe(plain.verdicts?.[law]?.class);
  });
});

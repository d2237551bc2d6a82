import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { registryOf } from '../src/packs/registry.js';
import { FIXTURES } from './helpers.js';

/**
 * The Russia and Australia packs are opt-in laws (law.optIn): they add nothing to a check that
 * does not select them, and decide and report only where jurisdictions: [ru] / [au] does.
 */
const checker = createChecker();
const registry = registryOf(checker.packs);

describe('the opt-in Russia and Australia packs', () => {
  it('are found by their jurisdiction codes, and are opt-in', () => {
    expect(registry.byJurisdiction('ru')?.id).toBe('russia');
    expect(registry.byJurisdiction('au')?.id).toBe('australia');
    const optIn = registry.laws.filter((l) => l.optIn).map((l) => l.id);
    expect(optIn).toContain('russia');
    expect(optIn).toContain('australia');
  });

  for (const [code, law, file] of [
    ['ru', 'russia', 'jurisdictions/ru/shipping-cross-sell.ru.html'],
    ['au', 'australia', 'jurisdictions/au/shipping-cross-sell.en.html'],
  ] as const) {
    it(`${law}: no verdict and no finding unless ${code} is selected`, async () => {
      const plain = await checker.checkFile(join(FIXTURES, file), { optInLaws: [] });
      expect(Object.keys(plain.verdicts ?? {})).toEqual(['can-spam', 'casl', 'gdpr']);
      expect(plain.findings.some((f) => f.ruleId.startsWith(`${law}/`))).toBe(false);
      const selected = await checker.checkFile(join(FIXTURES, file), { optInLaws: [law] });
      expect(selected.verdicts?.[law]?.class).toBeDefined();
      expect(selected.findings.some((f) => f.ruleId.startsWith(`${law}/`))).toBe(true);
      // The other laws' verdicts do not change with the selection.
      for (const other of ['can-spam', 'casl', 'gdpr']) expect(selected.verdicts?.[other]?.class).toBe(plain.verdicts?.[other]?.class);
    });
  }

  it('by default (auto), each applies where the message shows its audience, and says why', async () => {
    const ru = await checker.checkFile(join(FIXTURES, 'jurisdictions/ru/shipping-cross-sell.ru.html'));
    expect(ru.verdicts?.['russia']?.class).toBe('advertising');
    expect(ru.verdicts?.['russia']?.appliedBecause).toMatch(/Russian/);
    const au = await checker.checkFile(join(FIXTURES, 'jurisdictions/au/shipping-cross-sell.en.html'));
    expect(au.verdicts?.['australia']?.appliedBecause).toMatch(/Australian dollars/);
    const plain = await checker.checkFile(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'));
    expect(Object.keys(plain.verdicts ?? {})).toEqual(['can-spam', 'casl', 'gdpr']);
  });
});

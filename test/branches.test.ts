import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { checkBranches } from '../src/variants/index.js';
import { enumerate, render } from '../src/variants/enumerate.js';
import { parseStructure, TemplateStructureError } from '../src/variants/tree.js';
import { FIXTURES } from './helpers.js';

const checker = createChecker();

/** A receipt with a coupon behind a conditional, in every template language. */
const CASES: Array<[file: string, condition: RegExp, promoLine: number | number[]]> = [
  // In the Liquid receipt both inner branches promote (a coupon, else a cross-sell), so what
  // decides is the outer condition.
  ['receipt.liquid', /customer\.accepts_marketing is truthy/, [17, 19]],
  ['receipt.jinja', /customer\.coupon is truthy/, 6],
  ['receipt.hbs', /customer\.coupon is truthy/, 6],
  ['receipt.mustache', /coupon is truthy/, 5],
  ['receipt.html.erb', /@user\.coupon\.present\? is truthy/, 8],
  ['receipt.ejs', /user\.coupon is truthy/, 5],
  ['receipt.tmpl', /\.Coupon is truthy/, 6],
];

describe('every branch of a template', () => {
  for (const [file, condition, promoLine] of CASES) {
    it(`${file}: hybrid and a CEM only when the coupon shows, with the condition path and the template line`, async () => {
      const path = join(FIXTURES, 'branches', file);
      const r = await checkBranches(checker, path, readFileSync(path));
      expect(r.error).toBeUndefined();
      expect(r.category).toBe('hybrid');
      expect(r.verdicts!.casl.class).toBe('cem');
      expect(r.verdicts!.casl.when!.join(' and ')).toMatch(condition);
      const b = r.branches!;
      expect(b.worst.casl.class).toBe('cem');
      expect(b.variants.some((v) => v.verdicts!.casl !== 'cem')).toBe(true);
      const promo = r.findings.find((f) => f.ruleId === 'casl/promo-in-transactional')!;
      expect(promo.message).toMatch(condition);
      expect(Array.isArray(promoLine) ? promoLine : [promoLine]).toContain(promo.location.line);
    });
  }

  it('nested conditionals: the inner offer is reached only through its parent (Liquid)', async () => {
    const path = join(FIXTURES, 'branches/receipt.liquid');
    const r = await checkBranches(checker, path, readFileSync(path));
    const whens = r.branches!.variants.filter((v) => v.verdicts!.casl === 'cem').map((v) => v.when.join(' & '));
    expect(whens.every((w) => w.includes('customer.accepts_marketing is truthy'))).toBe(true);
    expect(r.branches!.variants.some((v) => v.when.includes('customer.accepts_marketing is falsy') && v.category === 'transactional')).toBe(true);
  });

  it('is bounded: 30 independent conditionals are sampled, not enumerated (2^30)', () => {
    const src = Array.from({ length: 30 }, (_, i) => `{% if c${i} %}<p>x${i}</p>{% endif %}`).join('\n');
    const t = Date.now();
    const e = enumerate(parseStructure(src, () => 1), 64);
    expect(e.sampled).toBe(true);
    expect(e.variants.length).toBeLessThanOrEqual(64);
    expect(e.variants.length).toBeGreaterThan(30);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('blanks excluded branches without moving any line', () => {
    const src = 'a\n{% if x %}\nOFFER\n{% else %}\nplain\n{% endif %}\nz';
    const tree = parseStructure(src, () => 1);
    const { variants } = enumerate(tree, 64);
    expect(variants).toHaveLength(2);
    for (const v of variants) {
      const out = render(src, v.excluded);
      expect(out.length).toBe(src.length);
      expect(out.split('\n').length).toBe(src.split('\n').length);
    }
    expect(variants.map((v) => render(src, v.excluded).includes('OFFER'))).toEqual([true, false]);
  });

  it('reports unbalanced tags instead of guessing', async () => {
    expect(() => parseStructure('{% if x %}<p>open', () => 3)).toThrow(TemplateStructureError);
    expect(() => parseStructure('{% endif %}', () => 1)).toThrow(/closes nothing/);
    const r = await checkBranches(checker, 'broken.liquid', Buffer.from('<title>Your order</title><p>Order #1 confirmed.</p>{% if x %}<p>20% off</p>'));
    expect(r.branches?.note).toMatch(/never closed/);
  });
});

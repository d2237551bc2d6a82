import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { loadPacks, type RuleExample } from '../src/packs/load.js';

/** Each rule's documented failing example must trigger it and its passing example must not. */
const packs = loadPacks();
const checker = createChecker({ packs });
/** Opt-in laws (law.optIn) run only where selected: their examples select them, as a config would. */
const optInLaws = packs.filter((p) => p.law?.optIn).map((p) => p.decides!);

/** A law decided only where selected (law.optIn) is selected for its own rules' examples. */
async function run(ex: RuleExample, optInLaws: string[] = []) {
  const content = ex.content;
  const file = ex.kind === 'eml' ? 'example.eml' : 'example.html';
  return checker.checkBuffer(file, Buffer.from(content, 'utf8'), { subject: ex.subject, kind: ex.kind === 'eml' ? 'eml' : 'template', optInLaws });
}

describe('rule examples', () => {
  for (const pack of packs) {
    const optInLaws = pack.law?.optIn && pack.decides ? [pack.decides] : [];
    for (const rule of pack.rules) {
      it(`${rule.id}: the failing example fires it`, async () => {
        const r = await run(rule.examples.fail, optInLaws);
        expect(r.error).toBeUndefined();
        expect(r.findings.map((f) => f.ruleId)).toContain(rule.id);
        const f = r.findings.find((x) => x.ruleId === rule.id)!;
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.fix.length).toBeGreaterThan(10);
      });
      it(`${rule.id}: the passing example does not`, async () => {
        const r = await run(rule.examples.pass, optInLaws);
        expect(r.error).toBeUndefined();
        expect(r.findings.map((f) => f.ruleId)).not.toContain(rule.id);
      });
    }
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createChecker } from '../src/check.js';
import { registryOf } from '../src/packs/registry.js';
import { fixturesWithExpectations } from '../src/eval/fixtures.js';
import { FIXTURES } from './helpers.js';

/**
 * Every fixture with a sidecar `<name>.expect.yaml` is checked against it: category, stream,
 * the class under each law, the rule ids that must fire (with their location scope) and those
 * that must not. The sidecars state legal judgements under legal-reference.md, not outputs. A
 * sidecar's `jurisdictions:` selects opt-in laws (law.optIn), as graylint.config.yaml does.
 */
interface Expectation {
  category: string;
  stream: string;
  verdicts: Record<string, string>;
  findings?: Array<{ ruleId: string; scope: string }>;
  absent?: string[];
  /** Opt-in laws to apply (jurisdiction codes, as in graylint.config.yaml), e.g. [il]; absent: the default (auto). */
  jurisdictions?: string[];
}

const checker = createChecker();
const registry = registryOf(checker.packs);
const cases = fixturesWithExpectations(FIXTURES);

describe('fixtures match their legal expectations', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const { file, sidecar } of cases) {
    it(file, async () => {
      const want = parse(readFileSync(join(FIXTURES, sidecar), 'utf8')) as Expectation;
      // Without `jurisdictions:`, the product's default: the three laws plus auto.
      const optInLaws = want.jurisdictions?.map((code) => {
        const law = registry.byJurisdiction(code);
        if (!law) throw new Error(`${sidecar}: unknown jurisdiction ${code}`);
        return law.id;
      });
      const got = await checker.checkFile(join(FIXTURES, file), optInLaws ? { optInLaws } : {});
      expect(got.error).toBeUndefined();
      const summary = {
        category: got.category,
        stream: got.stream,
        verdicts: Object.fromEntries(Object.entries(got.verdicts ?? {}).map(([k, v]) => [k, v.class])),
      };
      expect(summary).toEqual({ category: want.category, stream: want.stream, verdicts: want.verdicts });
      const fired = got.findings.map((f) => `${f.ruleId} @${f.location.scope}`);
      for (const f of want.findings ?? []) expect(fired).toContain(`${f.ruleId} @${f.scope}`);
      const firedIds = got.findings.map((f) => f.ruleId);
      for (const id of want.absent ?? []) expect(firedIds).not.toContain(id);
      for (const f of got.findings) {
        if (f.location.scope === 'body' || f.location.scope === 'footer' || f.location.scope === 'cta') {
          if (got.findings.length && f.evidence && !got.kind?.includes('eml')) expect(f.location.line).toBeGreaterThan(0);
        }
      }
    });
  }
});

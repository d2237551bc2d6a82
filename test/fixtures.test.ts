import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createChecker } from '../src/check.js';
import { FIXTURES, walk } from './helpers.js';

/**
 * Every fixture with a sidecar `<name>.expect.yaml` is checked against it: category, stream,
 * the class under each law, the rule ids that must fire (with their location scope) and those
 * that must not. The sidecars state legal judgements under legal-reference.md, not outputs.
 */
interface Expectation {
  category: string;
  stream: string;
  verdicts: Record<string, string>;
  findings?: Array<{ ruleId: string; scope: string }>;
  absent?: string[];
}

const checker = createChecker();
const all = walk(FIXTURES).filter((f) => !f.startsWith('bad/') && !f.startsWith('rules/'));
const cases = all
  .filter((f) => !f.endsWith('.expect.yaml'))
  .map((f) => {
    const base = f.replace(/(\.html)?\.[^./]+$/, '');
    const sidecar = all.find((s) => s === `${base}.expect.yaml`) ?? all.find((s) => s === `${f.replace(/\.[^./]+$/, '')}.expect.yaml`);
    return { file: f, sidecar };
  })
  .filter((c): c is { file: string; sidecar: string } => !!c.sidecar);

describe('fixtures match their legal expectations', () => {
  it('finds the fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const { file, sidecar } of cases) {
    it(file, async () => {
      const want = parse(readFileSync(join(FIXTURES, sidecar), 'utf8')) as Expectation;
      const got = await checker.checkFile(join(FIXTURES, file));
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

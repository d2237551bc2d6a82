import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { loadCases, runCase } from './cases.mjs';
import { SMALL_INPUT_MS, expectOutcome, timed } from './helpers.js';

/**
 * Replays every input that fuzzing (scripts/fuzz.mjs) ever failed on: each must now give a result
 * or an error entry, within the time bound, without throwing. The file name keeps the extension
 * the fuzzer used, so the input takes the same parse path.
 */
const checker = createChecker();
const DIR = join(FIXTURES, 'regressions');
const files = readdirSync(DIR).filter((f) => !f.endsWith('.md') && !f.endsWith('.case.json')).sort();
const CLI = join(ROOT, 'dist/bundle/main.js');

describe('fuzzing regressions (fixtures/regressions/)', () => {
  it('has the README that says how files get here', () => {
    expect(readdirSync(DIR)).toContain('README.md');
  });

  for (const f of files) {
    it(`${f}: a result or an error entry within ${SMALL_INPUT_MS} ms`, async () => {
      const bytes = readFileSync(join(DIR, f));
      const { result, ms } = await timed(() => checker.checkBuffer(f, bytes));
      expectOutcome(result);
      expect(ms).toBeLessThan(SMALL_INPUT_MS);
    });
  }
});

/**
 * The hostile cases a raw input cannot capture (test/hostile/cases.mjs): a graylint command on a
 * generated input, or a flood against `graylint serve`, each with its declared exit code. How long
 * each may take is bounded in scripts/fuzz.mjs, not here.
 */
describe('hostile cases (fixtures/regressions/*.case.json)', () => {
  const cases = loadCases(DIR);

  it('are there, and the CLI they run is built', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(existsSync(CLI), `${CLI}: run npm run build first`).toBe(true);
  });

  for (const c of cases) {
    it(`${c.name} (issue ${c.spec.issue ?? '?'}): exit ${c.spec.exit}, as declared`, async () => {
      const outcome = await runCase(c.spec, { cli: CLI });
      expect(outcome.problems).toEqual([]);
      expect(outcome.exit).toBe(c.spec.exit);
    }, 120_000);
  }
});

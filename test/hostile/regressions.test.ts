import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { FIXTURES } from '../helpers.js';
import { SMALL_INPUT_MS, expectOutcome, timed } from './helpers.js';

/**
 * Replays every input that fuzzing (scripts/fuzz.mjs) ever failed on: each must now give a result
 * or an error entry, within the time bound, without throwing. The file name keeps the extension
 * the fuzzer used, so the input takes the same parse path.
 */
const checker = createChecker();
const DIR = join(FIXTURES, 'regressions');
const files = readdirSync(DIR).filter((f) => !f.endsWith('.md')).sort();

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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChecker } from '../../src/check.js';
import type { FileResult } from '../../src/types.js';
import { FIXTURES } from '../helpers.js';
import { anyBytes, anyInput, anyString, loadFixtures, mutatedFixture, soup, type FuzzInput } from './arbitraries.mjs';
import { expectOutcome } from './helpers.js';

/**
 * Property: for any input, checkBuffer resolves (never throws, never rejects) within a time bound,
 * with a result or an error entry. A small budget runs in `npm test`; `npm run fuzz -- --runs
 * 100000` runs the large one on the built dist/ (scripts/fuzz.mjs). Set FUZZ_SEED to replay a run,
 * FUZZ_RUNS to change the budget.
 */
const checker = createChecker();
const fixtures = loadFixtures(FIXTURES);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const SEED = process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : undefined;
/** Per input; inputs here are at most a few MB, most under 10 kB. */
const PER_INPUT_MS = 5000;

async function holds({ name, bytes }: FuzzInput): Promise<void> {
  const start = performance.now();
  let result: FileResult;
  try {
    result = await checker.checkBuffer(name, bytes);
  } catch (err) {
    throw new Error(`checkBuffer rejected on ${name} (${bytes.length} bytes): ${String(err)}`);
  }
  const ms = performance.now() - start;
  expectOutcome(result);
  expect(ms, `${name} (${bytes.length} bytes)`).toBeLessThan(PER_INPUT_MS);
}

const run = (arb: fc.Arbitrary<FuzzInput>) => fc.assert(fc.asyncProperty(arb, holds), { numRuns: RUNS, seed: SEED, verbose: 1 });

describe('fuzz: checkBuffer always resolves, in bounded time, with a result or an error', () => {
  it('finds the fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThan(50);
  });

  it('any byte array', async () => {
    await run(anyBytes());
  }, 120_000);

  it('any string', async () => {
    await run(anyString());
  }, 120_000);

  it('markup, template and MIME soup', async () => {
    await run(soup());
  }, 120_000);

  it('mutated repository fixtures (byte flips, truncation, duplicated slices, inserted delimiters)', async () => {
    await run(mutatedFixture(fixtures));
  }, 120_000);

  it('all of the above, mixed', async () => {
    await run(anyInput(fixtures));
  }, 120_000);
});

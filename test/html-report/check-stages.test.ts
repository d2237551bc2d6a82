import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseInput } from '../../src/input/index.js';
import { buildModel } from '../../src/model/index.js';
import { computeSignals } from '../../src/signals/index.js';
import { placeFile } from '../../src/placement/index.js';
import type { Checker, CheckOptions } from '../../src/check.js';
import { ROOT, sharedChecker } from './helpers.js';

// Count the pipeline's stages as they run (each one still does its real work).
vi.mock('../../src/input/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/input/index.js')>();
  return { ...real, parseInput: vi.fn(real.parseInput) };
});
vi.mock('../../src/model/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/model/index.js')>();
  return { ...real, buildModel: vi.fn(real.buildModel) };
});
vi.mock('../../src/signals/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/signals/index.js')>();
  return { ...real, computeSignals: vi.fn(real.computeSignals) };
});

/** Issue 16 scope item 6: the report is drawn from the stages the check ran, not from a second parse. */
describe('html report: the check\'s own stages', () => {
  const rel = 'fixtures/gray-zone/receipt-with-referral.eml';
  const bytes = readFileSync(join(ROOT, rel));

  it('explaining a message parses, models and reads it once: in the check', async () => {
    const checker = sharedChecker();
    vi.mocked(parseInput).mockClear();
    vi.mocked(buildModel).mockClear();
    vi.mocked(computeSignals).mockClear();
    const ex = await placeFile(rel, bytes, { checker });
    expect(ex.result.error).toBeUndefined();
    expect(ex.blocks.length).toBeGreaterThan(0);
    expect(vi.mocked(parseInput)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(buildModel)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(computeSignals)).toHaveBeenCalledTimes(1);
  });

  it('given the caller\'s result, the message is still read once, by the checker with its options', async () => {
    const shared = sharedChecker();
    const result = await shared.checkBuffer(rel, bytes);
    const asked: Array<{ file: string; opts: CheckOptions | undefined }> = [];
    const checker: Checker = {
      ...shared,
      checkBufferWithStages: (file, b, opts) => {
        asked.push({ file, opts });
        return shared.checkBufferWithStages(file, b, opts);
      },
    };
    vi.mocked(parseInput).mockClear();
    const settings = { 'can-spam': { beginningOfBody: 0.5 } };
    const ex = await placeFile(rel, bytes, { checker, result, settings, limits: { maxLinks: 10 } });
    expect(ex.result).toBe(result);
    expect(ex.promo.length).toBeGreaterThan(0);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.opts?.settings).toEqual(settings);
    expect(asked[0]!.opts?.limits).toEqual({ maxLinks: 10 });
    expect(vi.mocked(parseInput)).toHaveBeenCalledTimes(1);
    // The cut-off follows the settings the check ran with.
    expect(ex.cutoff?.share).toBe(0.5);
    expect(ex.limits?.maxLinks).toBe(10);
  });
});

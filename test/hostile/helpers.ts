import { expect } from 'vitest';
import type { FileResult } from '../../src/types.js';

/**
 * Time bounds for one input, measured around checkBuffer/checkFile. Generous against CI noise
 * (two cores, test files in parallel): the slowest hostile input takes about 1.5 s here.
 */
export const SMALL_INPUT_MS = 3000;
export const LARGE_INPUT_MS = 10000;

export async function timed(run: () => Promise<FileResult>): Promise<{ result: FileResult; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

/** A result is either classified (verdicts) or an error entry; nothing else. */
export function expectOutcome(r: FileResult): void {
  if (r.error) {
    expect(['unreadable', 'too-large', 'unsupported']).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.verdicts).toBeUndefined();
  } else {
    expect(r.verdicts).toBeDefined();
    expect(r.category).toBeDefined();
    expect(Array.isArray(r.findings)).toBe(true);
  }
}

export const ids = (r: FileResult) => r.findings.map((f) => f.ruleId);
export const limitHits = (r: FileResult) => r.findings.filter((f) => f.ruleId === 'graylint/limit-reached').map((f) => f.evidence.split(' = ')[0]);

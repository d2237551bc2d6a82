import type { FileResult } from '../types.js';

/**
 * The old baseline format (version 1): how many findings each file had, per rule. Still read, so
 * an existing file keeps working, but counts cannot tell a promotion added later from the one
 * that was baselined; `graylint baseline` writes the evidence-keyed format instead.
 */
export interface CountBaseline {
  version: 1;
  files: Record<string, Record<string, number>>;
}

/** Moves findings the counts still allow into `suppressed`. */
export function applyCounts(result: FileResult, counts: Record<string, number>): FileResult {
  const allowed = { ...counts };
  const kept = [];
  const suppressed = [...(result.suppressed ?? [])];
  for (const f of result.findings) {
    if ((allowed[f.ruleId] ?? 0) > 0) {
      allowed[f.ruleId]!--;
      suppressed.push({ ...f, suppressedBy: 'baseline' });
    } else kept.push(f);
  }
  return { ...result, findings: kept, suppressed };
}

/** Drops what is fixed: each count becomes at most what the file reports now. */
export function pruneCounts(files: CountBaseline['files'], current: Map<string, FileResult>): { files: CountBaseline['files']; removed: number } {
  const out: CountBaseline['files'] = {};
  let removed = 0;
  for (const [f, counts] of Object.entries(files)) {
    const r = current.get(f);
    if (!r) {
      out[f] = counts; // not checked in this run: keep as is
      continue;
    }
    const now: Record<string, number> = {};
    for (const x of [...r.findings, ...(r.suppressed ?? []).filter((s) => s.suppressedBy === 'baseline')]) now[x.ruleId] = (now[x.ruleId] ?? 0) + 1;
    const kept: Record<string, number> = {};
    for (const [rule, n] of Object.entries(counts)) {
      const m = Math.min(n, now[rule] ?? 0);
      removed += n - m;
      if (m > 0) kept[rule] = m;
    }
    if (Object.keys(kept).length) out[f] = kept;
  }
  return { files: out, removed };
}

export function isCount(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= 0;
}

/** Reports what is wrong with a version 1 `files` object, or null. */
export function countProblem(files: Record<string, unknown>): string | null {
  for (const [f, counts] of Object.entries(files)) {
    if (typeof counts !== 'object' || counts === null) return `${f}: expects {"<rule>": <count>}`;
    for (const [rule, n] of Object.entries(counts)) if (!isCount(n)) return `${f}: count for ${rule} must be a whole number`;
  }
  return null;
}

import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { FileResult, Report } from '../types.js';

/**
 * Baseline (ESLint's bulk suppressions): a committed file that counts the findings each file
 * already has, per rule, so that CI fails only on new ones. Counts, not line numbers, so
 * moving a block does not make an old finding look new.
 */
export const BASELINE_FILE = 'graylint-baseline.json';

export interface Baseline {
  version: 1;
  files: Record<string, Record<string, number>>;
}

export class BaselineError extends Error {}

export function keyFor(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/');
}

export function createBaseline(report: Report, cwd: string): Baseline {
  const files: Baseline['files'] = {};
  for (const r of report.results) {
    const counts = countRules(r);
    if (Object.keys(counts).length) files[keyFor(r.file, cwd)] = counts;
  }
  return { version: 1, files: sortKeys(files) };
}

export function readBaseline(path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new BaselineError(`${path}: not a readable baseline (${(err as Error).message.split('\n')[0]})`);
  }
  const b = data as Baseline;
  if (!b || b.version !== 1 || typeof b.files !== 'object' || b.files === null) throw new BaselineError(`${path}: not a graylint baseline (expects {"version": 1, "files": {…}})`);
  for (const [f, counts] of Object.entries(b.files)) {
    for (const [rule, n] of Object.entries(counts ?? {})) {
      if (!Number.isInteger(n) || n < 0) throw new BaselineError(`${path}: ${f}: count for ${rule} must be a whole number`);
    }
  }
  return b;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Moves findings the baseline already counts into `suppressed`; the rest stay as new findings. */
export function applyBaseline(result: FileResult, baseline: Baseline, cwd: string): FileResult {
  const allowed = { ...(baseline.files[keyFor(result.file, cwd)] ?? {}) };
  if (!Object.keys(allowed).length || result.error) return result;
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

/** Drops what is fixed: each count becomes at most what the files report now. */
export function pruneBaseline(baseline: Baseline, report: Report, cwd: string): { baseline: Baseline; removed: number } {
  const current = new Map(report.results.map((r) => [keyFor(r.file, cwd), countRules(r, true)]));
  const files: Baseline['files'] = {};
  let removed = 0;
  for (const [f, counts] of Object.entries(baseline.files)) {
    const now = current.get(f);
    if (!now) {
      files[f] = counts; // not checked in this run: keep as is
      continue;
    }
    const kept: Record<string, number> = {};
    for (const [rule, n] of Object.entries(counts)) {
      const m = Math.min(n, now[rule] ?? 0);
      removed += n - m;
      if (m > 0) kept[rule] = m;
    }
    if (Object.keys(kept).length) files[f] = kept;
  }
  return { baseline: { version: 1, files: sortKeys(files) }, removed };
}

function countRules(r: FileResult, includeSuppressedByBaseline = false): Record<string, number> {
  const counts: Record<string, number> = {};
  const all = [...r.findings, ...(includeSuppressedByBaseline ? (r.suppressed ?? []).filter((f) => f.suppressedBy === 'baseline') : [])];
  for (const f of all) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return sortKeys(counts);
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

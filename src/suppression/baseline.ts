import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Evidence, FileResult, Finding, Report } from '../types.js';
import { evidenceItemsOf, evidenceKey } from './evidence-key.js';
import { quoteEvidence } from '../verdicts/quote.js';
import { applyCounts, countProblem, isCount, pruneCounts, type CountBaseline } from './baseline-counts.js';

/**
 * Baseline: a committed file of the findings each file already has, so that CI fails only on new
 * ones. Each entry is keyed by file, rule and a hash of the normalised evidence (the promoted text,
 * the footer, the subject: see evidence-key.ts), with a count for identical texts — as SARIF's
 * partialFingerprints identify a result — so moving a block does not make an old finding new,
 * and a promotion added to a baselined template is new. A promo rule's finding stands for every
 * promotion in the message (`evidenceItems`): when some are baselined and some are not, the
 * baselined part is suppressed and the finding is reported pointing at the first new one.
 */
export const BASELINE_FILE = 'graylint-baseline.json';

/** file → rule → evidence key → how many findings of that rule cite that text. */
export interface EvidenceBaseline {
  version: 2;
  files: Record<string, Record<string, Record<string, number>>>;
}

export type Baseline = EvidenceBaseline | CountBaseline;

export class BaselineError extends Error {}

export function keyFor(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/');
}

export function createBaseline(report: Report, cwd: string): EvidenceBaseline {
  const files: EvidenceBaseline['files'] = {};
  for (const r of report.results) {
    const entries = countEvidence(r.findings);
    if (Object.keys(entries).length) files[keyFor(r.file, cwd)] = entries;
  }
  return { version: 2, files: sortKeys(files) };
}

export function readBaseline(path: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new BaselineError(`${path}: not a readable baseline (${(err as Error).message.split('\n')[0]})`);
  }
  const b = data as { version?: unknown; files?: unknown };
  if (!b || (b.version !== 1 && b.version !== 2) || typeof b.files !== 'object' || b.files === null) {
    throw new BaselineError(`${path}: not a graylint baseline (expects {"version": 2, "files": {…}})`);
  }
  const problem = b.version === 1 ? countProblem(b.files as Record<string, unknown>) : evidenceProblem(b.files as Record<string, unknown>);
  if (problem) throw new BaselineError(`${path}: ${problem}`);
  return data as Baseline;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Moves what the baseline already knows into `suppressed`; the rest stay as new findings. */
export function applyBaseline(result: FileResult, baseline: Baseline, cwd: string): FileResult {
  const known = baseline.files[keyFor(result.file, cwd)];
  if (!known || result.error) return result;
  if (baseline.version === 1) return applyCounts(result, known as CountBaseline['files'][string]);
  const left = copyCounts(known as EvidenceBaseline['files'][string]);
  const kept: Finding[] = [];
  const suppressed = [...(result.suppressed ?? [])];
  for (const f of result.findings) {
    const items = evidenceItemsOf(f);
    const isKnown = items.map((item) => take(left, f.ruleId, evidenceKey(item.text)));
    const oldItems = items.filter((_, i) => isKnown[i]);
    const newItems = items.filter((_, i) => !isKnown[i]);
    if (oldItems.length) suppressed.push({ ...narrowTo(f, oldItems, items), suppressedBy: 'baseline' });
    if (newItems.length) kept.push(narrowTo(f, newItems, items));
  }
  return { ...result, findings: kept, suppressed };
}

/** Drops what is fixed: each entry's count becomes at most what the file reports now. */
export function pruneBaseline(baseline: Baseline, report: Report, cwd: string): { baseline: Baseline; removed: number } {
  const current = new Map(report.results.map((r) => [keyFor(r.file, cwd), r]));
  if (baseline.version === 1) {
    const { files, removed } = pruneCounts(baseline.files, current);
    return { baseline: { version: 1, files: sortKeys(files) }, removed };
  }
  const files: EvidenceBaseline['files'] = {};
  let removed = 0;
  for (const [f, rules] of Object.entries(baseline.files)) {
    const r = current.get(f);
    if (!r) {
      files[f] = rules; // not checked in this run: keep as is
      continue;
    }
    // What the file has now: its findings and the parts of them the baseline suppressed.
    const now = countEvidence([...r.findings, ...(r.suppressed ?? []).filter((s) => s.suppressedBy === 'baseline')]);
    const keptRules: EvidenceBaseline['files'][string] = {};
    for (const [rule, keys] of Object.entries(rules)) {
      const keptKeys: Record<string, number> = {};
      for (const [key, n] of Object.entries(keys)) {
        const m = Math.min(n, now[rule]?.[key] ?? 0);
        removed += n - m;
        if (m > 0) keptKeys[key] = m;
      }
      if (Object.keys(keptKeys).length) keptRules[rule] = keptKeys;
    }
    if (Object.keys(keptRules).length) files[f] = keptRules;
  }
  return { baseline: { version: 2, files: sortKeys(files) }, removed };
}

function countEvidence(findings: Finding[]): EvidenceBaseline['files'][string] {
  const out: EvidenceBaseline['files'][string] = {};
  for (const f of findings) {
    for (const item of evidenceItemsOf(f)) {
      const keys = (out[f.ruleId] ??= {});
      const key = evidenceKey(item.text);
      keys[key] = (keys[key] ?? 0) + 1;
    }
  }
  for (const rule of Object.keys(out)) out[rule] = sortKeys(out[rule]!);
  return sortKeys(out);
}

function copyCounts(rules: EvidenceBaseline['files'][string]): Map<string, Map<string, number>> {
  return new Map(Object.entries(rules).map(([rule, keys]) => [rule, new Map(Object.entries(keys))]));
}

/** Uses up one baselined occurrence of (rule, key); false when there is none left. */
function take(left: Map<string, Map<string, number>>, rule: string, key: string): boolean {
  const keys = left.get(rule);
  const n = keys?.get(key) ?? 0;
  if (n <= 0) return false;
  keys!.set(key, n - 1);
  return true;
}

/**
 * The finding as it stands for `items` only (a part of `all`): it quotes and points at the first
 * of them. Unchanged when that part is the whole.
 */
function narrowTo(f: Finding, items: Evidence[], all: Evidence[]): Finding {
  if (items.length === all.length) return f;
  const first = items[0]!;
  const requote = (s: string) => (first.text === f.evidence ? s : s.split(quoteEvidence(f.evidence)).join(quoteEvidence(first.text)));
  // A finding placed only by its scope (a header finding) keeps that place.
  const location = f.location.line === undefined ? f.location : { ...first.location, scope: f.location.scope };
  const { evidenceItems: _all, ...rest } = f;
  return { ...rest, message: requote(f.message), fix: requote(f.fix), evidence: first.text, location, ...(items.length > 1 ? { evidenceItems: items } : {}) };
}

/** Reports what is wrong with a version 2 `files` object, or null. */
function evidenceProblem(files: Record<string, unknown>): string | null {
  for (const [f, rules] of Object.entries(files)) {
    if (typeof rules !== 'object' || rules === null) return `${f}: expects {"<rule>": {"<evidence hash>": <count>}}`;
    for (const [rule, keys] of Object.entries(rules)) {
      if (typeof keys !== 'object' || keys === null) return `${f}: ${rule}: expects {"<evidence hash>": <count>}`;
      for (const [key, n] of Object.entries(keys)) if (!isCount(n)) return `${f}: ${rule}: count for ${key} must be a whole number`;
    }
  }
  return null;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

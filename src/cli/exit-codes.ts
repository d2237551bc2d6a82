import type { Report } from '../types.js';

/** Exit codes, as documented in the README. When several apply: 2 > 3 > 1. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  unreadable: 3,
} as const;

export interface FailPolicy {
  /** Fail on warnings too, not only on errors. */
  failOn?: 'error' | 'warning';
  /** Fail when there are more warnings than this (ESLint's --max-warnings). */
  maxWarnings?: number;
}

/** What decides the exit code, counted as results go by (a streamed run keeps only these). */
export interface Tally {
  unreadable: number;
  errors: number;
  warnings: number;
}

export function tally(report: Report): Tally {
  const all = report.results.flatMap((r) => r.findings);
  return {
    unreadable: report.results.filter((r) => r.error).length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}

export function exitCodeForTally(t: Tally, policy: FailPolicy = {}): number {
  if (t.unreadable) return EXIT.unreadable;
  if (t.errors) return EXIT.findings;
  if (policy.failOn === 'warning' && t.warnings > 0) return EXIT.findings;
  if (policy.maxWarnings !== undefined && t.warnings > policy.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

export function exitCodeFor(report: Report, policy: FailPolicy = {}): number {
  return exitCodeForTally(tally(report), policy);
}

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

export function exitCodeFor(report: Report, policy: FailPolicy = {}): number {
  if (report.results.some((r) => r.error)) return EXIT.unreadable;
  const all = report.results.flatMap((r) => r.findings);
  if (all.some((f) => f.severity === 'error')) return EXIT.findings;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (policy.failOn === 'warning' && warnings > 0) return EXIT.findings;
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

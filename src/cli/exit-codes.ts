import type { Report } from '../types.js';

/** Exit codes, as documented in the README. When several apply: 2 > 3 > 1. */
export const EXIT = {
  ok: 0,
  findings: 1,
  usage: 2,
  unreadable: 3,
} as const;

export function exitCodeFor(report: Report): number {
  if (report.results.some((r) => r.error)) return EXIT.unreadable;
  if (report.results.some((r) => r.findings.some((f) => f.severity === 'error'))) return EXIT.findings;
  return EXIT.ok;
}

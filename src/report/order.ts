import type { Finding, Severity } from '../types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The order every report lists a file's findings in: errors first, then by line (a stable sort keeps the rest). */
export function bySeverityThenLine(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location.line ?? 0) - (b.location.line ?? 0);
}

import type { FileResult, Report } from '../types.js';
import type { Formatter } from './index.js';

/** The JSON of ../shared/docs/output-contract.md: fixed field names and values, version 1. */
export function formatJson(report: Report): string {
  const results = report.results.map((r) => {
    if (r.error) return { file: r.file, ...(r.kind ? { kind: r.kind } : {}), findings: [], error: r.error };
    return {
      file: r.file,
      kind: r.kind,
      language: r.language,
      subject: r.subject,
      category: r.category,
      stream: r.stream,
      // The tried tests are --explain detail, not part of the contract's verdict object.
      verdicts: r.signals ? r.verdicts : stripTests(r.verdicts),
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        citation: f.citation,
        location: f.location,
        evidence: f.evidence,
        fix: f.fix,
      })),
      ...(r.routing ? { routing: r.routing } : {}),
      ...(r.branches ? { branches: r.branches } : {}),
      ...(r.signals ? { signals: r.signals } : {}),
    };
  });
  return `${JSON.stringify({ version: 1, results }, null, 2)}\n`;
}

function stripTests(v: FileResult['verdicts']): FileResult['verdicts'] {
  if (!v) return v;
  return Object.fromEntries(Object.entries(v).map(([law, verdict]) => {
    const { tests: _tests, ...rest } = verdict;
    return [law, rest];
  })) as FileResult['verdicts'];
}

export const jsonFormatter: Formatter = (report) => formatJson(report);

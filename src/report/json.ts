import type { FileResult, Report } from '../types.js';
import type { Formatter } from './index.js';

/** The JSON of ../shared/docs/output-contract.md: fixed field names and values, version 1. */
export function formatJson(report: Report): string {
  if (report.results.length === 0) return `${JSON.stringify({ version: 1, results: [] }, null, 2)}\n`;
  return `${JSON_HEAD}${report.results.map(jsonResult).join(',\n')}${JSON_TAIL}`;
}

/**
 * The same document written as results arrive (--format json over a large batch holds one result at
 * a time): JSON_HEAD, each jsonResult joined by ",\n", then JSON_TAIL; byte for byte what
 * formatJson prints for the same results (with at least one).
 */
export const JSON_HEAD = '{\n  "version": 1,\n  "results": [\n';
export const JSON_TAIL = '\n  ]\n}\n';

/** One result of the document, indented as it stands inside `results`. */
export function jsonResult(r: FileResult): string {
  // Split on \n only: a /^/m pattern would also indent after U+2028 inside a string value.
  return JSON.stringify(contractResult(r), null, 2).split('\n').map((line) => `    ${line}`).join('\n');
}

/** One line of `--format ndjson`: a result as the contract spells it, on one line. */
export function ndjsonLine(r: FileResult): string {
  return `${JSON.stringify(contractResult(r))}\n`;
}

/** A result as the contract spells it (the object `jsonResult` writes out). */
export function contractResult(r: FileResult): object {
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
}

function stripTests(v: FileResult['verdicts']): FileResult['verdicts'] {
  if (!v) return v;
  return Object.fromEntries(Object.entries(v).map(([law, verdict]) => {
    const { tests: _tests, ...rest } = verdict;
    return [law, rest];
  })) as FileResult['verdicts'];
}

export const jsonFormatter: Formatter = (report) => formatJson(report);

import type { Pack } from '../packs/load.js';
import type { Formatter } from './index.js';
import type { FileResult, Finding, Law, Report } from '../types.js';
import { docsUrl } from './docs-url.js';
import { joinChunks, stripControls } from './text.js';
import { Spool, type SpoolOptions } from './spool.js';

/**
 * JUnit XML for CI test-report views: one <testsuite> per file, one <testcase> per file × pack.
 * A pack's testcase fails with one <failure> per error-level finding of that pack; warnings and
 * info findings are listed in its <system-out>. A file that could not be checked is one testcase
 * with an <error>.
 *
 * Counts follow the usual JUnit meaning: `tests` is the number of testcases, `failures` the number
 * of testcases with at least one <failure>, `errors` the number with an <error>.
 */


interface Suite {
  xml: string[];
  tests: number;
  failures: number;
  errors: number;
}

export function formatJunit(report: Report, packs: Pack[]): string {
  // The report is returned as one string anyway, so nothing goes to a temporary file.
  const log = new JunitLog(packs, { memoryBytes: Infinity });
  for (const r of report.results) log.add(r);
  return log.finish();
}

/**
 * A JUnit report built one file result at a time: each result becomes its <testsuite> text and is
 * dropped (the CLI's streamed --format junit). The totals open the document, so it is written once
 * every result is in; until then the text waits in a spool, in memory while small and then in a
 * temporary file. Call `dispose` when done, to remove any temporary file.
 */
export class JunitLog {
  private readonly packIds: string[];
  /** Each file's <testsuite>, one after another. */
  private readonly suites: Spool;
  private tests = 0;
  private failures = 0;
  private errors = 0;

  constructor(packs: Pack[], spool: SpoolOptions = {}) {
    this.packIds = packs.map((p) => p.id);
    this.suites = new Spool(spool);
  }

  add(r: FileResult): void {
    const suite = r.error ? errorSuite(r) : fileSuite(r, this.packIds);
    this.suites.append(`${suite.xml.join('\n')}\n`);
    this.tests += suite.tests;
    this.failures += suite.failures;
    this.errors += suite.errors;
  }

  /** The whole report: the chunks of `chunks()` joined. */
  finish(): string {
    return joinChunks(this.chunks());
  }

  /** The report in pieces, each kept suite as it is (never joined into one more copy of the whole). */
  *chunks(): Generator<string | Buffer> {
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="graylint" tests="${this.tests}" failures="${this.failures}" errors="${this.errors}">\n`;
    yield* this.suites.chunks();
    yield '</testsuites>\n';
  }

  /** Removes the temporary file, if any. */
  dispose(): void {
    this.suites.dispose();
  }
}

function fileSuite(r: FileResult, packIds: string[]): Suite {
  const byPack = new Map<string, Finding[]>(packIds.map((id) => [id, []]));
  for (const f of r.findings) {
    const id = packOf(f);
    // A finding from a pack that is not loaded (a hand-made report) still gets a testcase.
    if (!byPack.has(id)) byPack.set(id, []);
    byPack.get(id)!.push(f);
  }
  const cases: string[] = [];
  let failures = 0;
  for (const [packId, findings] of byPack) {
    const failing = findings.filter((f) => f.severity === 'error');
    const other = findings.filter((f) => f.severity !== 'error');
    const open = `    <testcase classname="${attr(r.file)}" name="${attr(packId)}"`;
    if (failing.length === 0 && other.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    if (failing.length) failures++;
    cases.push(`${open}>`);
    for (const f of failing) {
      cases.push(`      <failure message="${attr(f.message)}" type="${attr(f.ruleId)}">${text(details(f))}</failure>`);
    }
    if (other.length) cases.push(`      <system-out>${text(other.map((f) => `${f.severity}: ${f.ruleId}\n${details(f)}`).join('\n\n'))}</system-out>`);
    cases.push('    </testcase>');
  }
  const tests = byPack.size;
  const xml = [
    `  <testsuite name="${attr(r.file)}" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
    ...properties(r),
    ...cases,
    '  </testsuite>',
  ];
  return { xml, tests, failures, errors: 0 };
}

function errorSuite(r: FileResult): Suite {
  const e = r.error!;
  const xml = [
    `  <testsuite name="${attr(r.file)}" tests="1" failures="0" errors="1" skipped="0">`,
    `    <testcase classname="${attr(r.file)}" name="graylint/input-error">`,
    `      <error message="${attr(e.message)}" type="${attr(e.code)}">${text(`${r.file}: ${e.message}`)}</error>`,
    '    </testcase>',
    '  </testsuite>',
  ];
  return { xml, tests: 1, failures: 0, errors: 1 };
}

/** The file's classification, as testsuite properties. */
function properties(r: FileResult): string[] {
  const props: [string, string][] = [];
  if (r.kind) props.push(['kind', r.kind]);
  if (r.language) props.push(['language', r.language]);
  if (r.category) props.push(['category', r.category]);
  if (r.stream) props.push(['stream', r.stream]);
  for (const [law, v] of Object.entries(r.verdicts ?? {})) props.push([law, v.class]);
  if (props.length === 0) return [];
  return ['    <properties>', ...props.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`), '    </properties>'];
}

function details(f: Finding): string {
  const loc = `${f.location.scope}${f.location.line !== undefined ? ` ${f.location.line}:${f.location.column ?? 1}` : ''}${f.location.part ? ` (${f.location.part})` : ''}`;
  const lines = [f.message, `location: ${loc}`];
  if (f.evidence) lines.push(`evidence: ${f.evidence}`);
  if (f.fix) lines.push(`fix: ${f.fix}`);
  if (f.citation) lines.push(`law: ${f.citation}`);
  lines.push(`docs: ${docsUrl(f.ruleId)}`);
  return lines.join('\n');
}

function packOf(f: Finding): string {
  return f.pack || f.ruleId.split('/')[0] || f.ruleId;
}

/**
 * Characters that may not appear in an XML 1.0 document (C0 controls other than tab, LF and CR,
 * U+FFFE/U+FFFF, lone surrogates), after terminal control sequences have been stripped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlSafe(s: string): string {
  return stripControls(s).replace(NOT_XML_CHAR, '');
}

/** Character data: & and < must be escaped, > too (so "]]>" cannot appear). */
function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tab, LF and CR as references so they survive normalisation. */
function attr(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export const junitFormatter: Formatter = (report, ctx) => formatJunit(report, [...ctx.packs]);

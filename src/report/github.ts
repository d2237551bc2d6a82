import { stripControls } from './text.js';
import { bySeverityThenLine } from './order.js';
import type { FileResult, Finding, Report, Severity } from '../types.js';
import { bundledRegistry, type LawInfo } from '../packs/registry.js';
import type { Formatter } from './index.js';
import { slashPath } from './paths.js';

/**
 * GitHub Actions workflow commands: one `::error|warning|notice` annotation per finding, then one
 * plain summary line per file (a step shows only a few annotations, so the summary carries the
 * verdicts), then a closing total.
 *
 * Everything that comes from a message (subject, evidence quoted in a finding, file names) is
 * untrusted: terminal control sequences are removed, and the data and property values are escaped
 * the way @actions/toolkit escapes them, so no content can end the line and start a command.
 */

/** Escapes a workflow command's data (the part after `::`), as @actions/toolkit's escapeData. */
export function escapeData(s: string): string {
  return stripControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value, as @actions/toolkit's escapeProperty. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions annotations and per-file summary lines for a report. */
export function formatGithub(report: Report, laws: readonly LawInfo[] = bundledRegistry().laws): string {
  const log = new GithubLog(laws);
  return report.results.map((r) => log.add(r)).join('') + log.end();
}

/**
 * The annotations written one result at a time (a batch keeps no result past its own lines): `add`
 * gives a file's annotations and summary line, `end` the closing total. Together byte for byte
 * what formatGithub prints.
 */
export class GithubLog {
  private files = 0;
  private errors = 0;
  private warnings = 0;
  private notices = 0;
  private unreadable = 0;

  constructor(private readonly laws: readonly LawInfo[] = bundledRegistry().laws) {}

  /** One file's lines, each ending in a newline. */
  add(r: FileResult): string {
    const out: string[] = [];
    const file = slashPath(r.file);
    this.files++;
    if (r.error) {
      this.unreadable++;
      out.push(`::error file=${escapeProperty(file)},title=graylint/input-error::${escapeData(r.error.message)}`);
      out.push(plain(`graylint: ${file}: cannot check — ${r.error.message}`));
    } else {
      // Errors first: GitHub shows only the first few annotations of each kind per step.
      const findings = [...r.findings].sort(bySeverityThenLine);
      for (const f of findings) out.push(annotation(file, f));
      const e = count(r.findings, 'error');
      const w = count(r.findings, 'warning');
      const n = count(r.findings, 'info');
      this.errors += e;
      this.warnings += w;
      this.notices += n;
      out.push(plain(`graylint: ${file}: ${describe(r, this.laws)} — ${counts(e, w, n)}`));
    }
    return out.map((line) => `${line}\n`).join('');
  }

  /** The closing total. */
  end(): string {
    const total = [`${this.files} file${this.files === 1 ? '' : 's'} checked`, counts(this.errors, this.warnings, this.notices)];
    if (this.unreadable) total.push(`${this.unreadable} unreadable`);
    return `${plain(`graylint: ${total.join(', ')}`)}\n`;
  }
}

function annotation(file: string, f: Finding): string {
  const props = [`file=${escapeProperty(file)}`];
  // Lines inside a decoded MIME part are not lines of the raw .eml file: annotate the file instead.
  if (f.location.line !== undefined && !f.location.part) {
    props.push(`line=${f.location.line}`);
    if (f.location.column !== undefined) props.push(`col=${f.location.column}`);
  }
  props.push(`title=${escapeProperty(f.ruleId)}`);
  const message = f.fix ? `${f.message} (fix: ${f.fix})` : f.message;
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** "hybrid, marketing stream — CAN-SPAM transactional, CASL cem, EU/UK ePrivacy direct-marketing". */
function describe(r: FileResult, laws: readonly LawInfo[]): string {
  const head = [r.category ?? 'unclassified', r.stream ? `${r.stream} stream` : ''].filter(Boolean).join(', ');
  const said = laws.filter((l) => r.verdicts?.[l.id]).map((l) => `${l.short} ${r.verdicts![l.id]!.class}`);
  return said.length ? `${head} — ${said.join(', ')}` : head;
}

function counts(e: number, w: number, n: number): string {
  const parts = [`${e} error${e === 1 ? '' : 's'}`, `${w} warning${w === 1 ? '' : 's'}`];
  if (n) parts.push(`${n} notice${n === 1 ? '' : 's'}`);
  return parts.join(', ');
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/**
 * A plain log line: one line, never a workflow command. Line breaks become spaces, and the legacy
 * `##[command]` syntax (which the runner recognises anywhere in a line) is broken up.
 */
function plain(s: string): string {
  return stripControls(s).replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/##\[/g, '## [');
}

export { stripControls } from './text.js';

export const githubFormatter: Formatter = (report, ctx) => formatGithub(report, ctx.registry.laws);

import { stripControls } from './text.js';
import { bySeverityThenLine } from './order.js';
import { sameBlockGroups } from './same-block.js';
import { abridgedQuote, quoteEvidence } from '../verdicts/quote.js';
import { NO_FOOTER_EVIDENCE } from '../signals/no-footer.js';
import type { FileResult, Finding, Location, Report, Severity } from '../types.js';
import { bundledRegistry, type LawInfo } from '../packs/registry.js';
import type { Formatter } from './index.js';

export interface StylishOptions {
  color: boolean;
  /** The laws of the loaded packs, in report order, with their names (default: the bundled packs'). */
  laws?: readonly LawInfo[];
}

/** Terminal control sequences from message content must never reach the terminal (nor a CR that rewrites the line). */
function safe(s: string): string {
  return stripControls(s).replace(/\r/g, '');
}


/** The default, human-readable report: one block per file. */
export function formatStylish(report: Report, opts: StylishOptions): string {
  const log = new StylishLog(opts);
  return report.results.map((r) => log.add(r)).join('') + log.end();
}

/**
 * The stylish report written one result at a time (a batch keeps no result past its own block):
 * `add` gives a file's block as soon as its result arrives, `end` the glossary and the totals.
 * Together byte for byte what formatStylish prints.
 */
export class StylishLog {
  private readonly c: Colours;
  private readonly laws: readonly LawInfo[];
  private readonly termPatterns: Array<[string, RegExp]>;
  private readonly termsSeen = new Set<string>();
  private readonly lawsShown = new Set<string>();
  private files = 0;
  private errors = 0;
  private warnings = 0;
  private unreadable = 0;
  private suppressed = 0;

  constructor(opts: StylishOptions) {
    this.c = colours(opts.color);
    this.laws = opts.laws ?? bundledRegistry().laws;
    this.termPatterns = [...new Set(this.laws.flatMap((l) => Object.keys(l.glossary)))].map((term) => [term, termPattern(term)]);
  }

  /** The lines of one file (a blank line, then its block), each ending in a newline. */
  add(r: FileResult): string {
    const c = this.c;
    this.files++;
    this.suppressed += r.suppressed?.length ?? 0;
    let lines: string[];
    if (r.error) {
      this.unreadable++;
      lines = [`${c.bold(safe(r.file))}  ${c.red(`cannot check: ${r.error.message}`)}`];
    } else {
      lines = fileBlock(r, c, this.laws);
      this.errors += r.findings.filter((f) => f.severity === 'error').length;
      this.warnings += r.findings.filter((f) => f.severity === 'warning').length;
      for (const law of this.laws) if (r.verdicts?.[law.id]) this.lawsShown.add(law.id);
    }
    // The glossary explains only the terms the report uses: note them as the lines go out.
    for (const [term, re] of this.termPatterns) if (!this.termsSeen.has(term) && lines.some((line) => re.test(line))) this.termsSeen.add(term);
    return ['', ...lines].map((line) => `${line}\n`).join('');
  }

  /** The glossary of the terms used and the totals line. */
  end(): string {
    const c = this.c;
    const out: string[] = [];
    // The laws' own terms (each pack's glossary), said once where they appear: a copywriter need
    // not know CASL's words.
    // (Only the laws the report shows: an opt-in law not applied to any message explains nothing.)
    const shown = this.laws.filter((l) => this.lawsShown.has(l.id));
    const terms = shown.flatMap((l) => Object.entries(l.glossary)).filter(([term]) => this.termsSeen.has(term));
    if (terms.length) {
      out.push('');
      for (const [term, meaning] of terms) out.push(c.dim(`${term}: ${meaning}`));
    }
    out.push('');
    const parts = [`${this.files} file${this.files === 1 ? '' : 's'} checked`, `${this.errors} error${this.errors === 1 ? '' : 's'}`, `${this.warnings} warning${this.warnings === 1 ? '' : 's'}`];
    if (this.unreadable) parts.push(`${this.unreadable} unreadable`);
    if (this.suppressed) parts.push(`${this.suppressed} suppressed by directives or the baseline`);
    out.push((this.errors || this.unreadable ? c.red : this.warnings ? c.yellow : c.green)(parts.join(', ')));
    return out.map((line) => `${line}\n`).join('');
  }
}

/** A glossary term as a whole word, in any case ("CEM" also in "cem-exempt", as the glossary means it). */
function termPattern(term: string): RegExp {
  return new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`, 'i');
}

function fileBlock(r: FileResult, c: Colours, laws: readonly LawInfo[]): string[] {
  const lines: string[] = [];
  const catColour = r.category === 'transactional' ? c.green : r.category === 'hybrid' ? c.yellow : c.cyan;
  // A verdict decided for want of evidence says so where the reader looks first.
  const unsure = r.confidence && r.confidence !== 'high' ? ` · ${r.confidence} confidence` : '';
  lines.push(`${c.bold(safe(r.file))}  ${catColour(r.category ?? '')} ${c.dim(`· ${r.kind} · ${r.language} · send on the ${r.stream} stream${unsure}`)}`);
  for (const law of laws) {
    const v = r.verdicts?.[law.id];
    if (!v) continue;
    const why = v.reason ? `${v.reason}${v.citation ? ` (${v.citation})` : ''}` : v.decidedBy.join(', ');
    // A law applied only to some audiences says why it applies to this message.
    const applied = v.appliedBecause ? `applied because ${v.appliedBecause}: ` : '';
    lines.push(`  ${law.label.padEnd(16)} ${c.bold(v.class.padEnd(17))} ${c.dim(safe(applied + why))}`);
  }
  // Why a verdict on recognised evidence is only of medium confidence: where careful readers split.
  for (const d of r.doubts ?? []) {
    lines.push(c.dim(`  doubt: ${safe(d.reason)} (${d.id})`));
    if (d.evidence) lines.push(c.dim(`         ${locationOf(d.evidence.location)}  ${headingExcerpt(d.evidence.text)}`));
  }
  if (r.branches) {
    const b = r.branches;
    lines.push(c.dim(`  branches: ${b.checked} variant${b.checked === 1 ? '' : 's'} checked${b.sampled ? ` (sampled from ${b.total})` : ''}${b.note ? ` — ${b.note}` : ''}`));
    for (const law of laws) {
      const w = b.worst[law.id];
      if (w?.when.length) lines.push(c.dim(`    ${law.label}: ${w.class} when ${safe(w.when.join(' and '))}`));
    }
  }
  const findings = [...r.findings].sort(bySeverityThenLine);
  for (const group of sameBlockGroups(findings)) lines.push(...(group.length > 1 ? blockLines(group, c) : findingLines(group[0]!, c)));
  if (findings.length === 0) lines.push(c.green('  no findings'));
  if (r.signals) {
    // --explain: how each law's class was reached (the tests in order), every signal that fired
    // (shares as bars), and where the promotional elements are.
    lines.push(c.bold('  how the verdicts were reached:'));
    for (const law of laws) {
      const tests = r.verdicts?.[law.id]?.tests ?? [];
      const steps = tests.map((t) => `${t.held ? c.green('✓') : c.dim('✗')} ${t.held ? t.id : c.dim(t.id)}${t.held ? ` → ${t.class}` : ''}`);
      lines.push(`    ${law.label.padEnd(16)} ${steps.join(c.dim('  ·  '))}`);
    }
    lines.push(c.bold('  signals:'));
    for (const [k, v] of Object.entries(r.signals)) {
      if (v === false || v === '' || v === 0) continue;
      const shown = typeof v === 'number' && v > 0 && v <= 1 ? `${bar(v)} ${v}` : typeof v === 'boolean' ? '✓' : safe(String(v));
      lines.push(`    ${c.dim(k.padEnd(24))} ${shown}`);
    }
    if (r.promotions?.length) {
      lines.push(c.bold('  promotional elements:'));
      for (const p of r.promotions.slice(0, 20)) {
        const at = `${p.location.scope}${p.location.line ? ` ${p.location.line}:${p.location.column ?? 1}` : ''}`;
        lines.push(`    ${c.dim(at.padEnd(14))} ${safe(p.text.length > 90 ? `${p.text.slice(0, 87)}…` : p.text)}`);
      }
    }
  }
  return lines;
}

function findingLines(f: Finding, c: Colours): string[] {
  const lines = [`  ${severityLabel(f, c)} ${c.dim(locationOf(f.location).padEnd(14))} ${safe(f.message)}  ${c.dim(f.ruleId)}`];
  lines.push(`          ${c.dim('fix:')} ${safe(f.fix)}`);
  lines.push(`          ${c.dim(`law: ${f.citation}`)}`);
  return lines;
}

/**
 * Findings about the same block (see sameBlockGroups): the place and the excerpt once, then what
 * each rule concludes, then the fixes and the laws, each said once. Messages and fixes that quote
 * the excerpt in full refer to it by its first words instead.
 */
function blockLines(group: readonly Finding[], c: Colours): string[] {
  const first = group[0]!;
  const full = quoteEvidence(first.evidence);
  const short = abridgedQuote(first.evidence);
  const refer = (s: string) => safe(s.split(full).join(short));
  const lines = [`  ${severityLabel(first, c)} ${c.dim(locationOf(first.location).padEnd(14))} ${headingExcerpt(first.evidence)}`];
  for (const f of group) lines.push(`          ${refer(f.message)}  ${c.dim(f.ruleId)}`);
  for (const fix of new Set(group.map((f) => refer(f.fix)))) lines.push(`          ${c.dim('fix:')} ${fix}`);
  for (const citation of new Set(group.map((f) => f.citation))) lines.push(`          ${c.dim(`law: ${citation}`)}`);
  return lines;
}

/** The excerpt a block of findings is about, on one line (a footer's blocks are joined by newlines). */
function headingExcerpt(evidence: string): string {
  if (evidence === NO_FOOTER_EVIDENCE) return 'the end of the message (it has no footer)';
  return quoteEvidence(safe(evidence).replace(/\s+/g, ' ').trim());
}

function severityLabel(f: Finding, c: Colours): string {
  return f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
}

/** Where a finding is: scope, line:column, and in a raw message the decoded MIME part the line counts in. */
function locationOf(l: Location): string {
  const part = l.part && l.line ? ` (${l.part})` : '';
  return `${l.scope}${l.line ? ` ${l.line}:${l.column ?? 1}` : ''}${part}`;
}

type Paint = (s: string) => string;
interface Colours {
  bold: Paint; dim: Paint; red: Paint; yellow: Paint; green: Paint; cyan: Paint; blue: Paint;
}

function colours(on: boolean): Colours {
  const wrap = (open: number, close: number): Paint => (on ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39), blue: wrap(34, 39) };
}

/** A ten-cell bar for a share between 0 and 1. */
function bar(v: number): string {
  const n = Math.round(v * 10);
  return `${'█'.repeat(n)}${'░'.repeat(10 - n)}`;
}

export const stylishFormatter: Formatter = (report, ctx) => formatStylish(report, { color: ctx.color, laws: ctx.registry.laws });

import { stripControls } from './text.js';
import type { FileResult, Finding, Law, Report, Severity } from '../types.js';

export interface StylishOptions {
  color: boolean;
}

const LAW_NAMES: Record<Law, string> = { 'can-spam': 'US CAN-SPAM', casl: 'Canada CASL', gdpr: 'EU/UK ePrivacy' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Terminal control sequences from message content must never reach the terminal (nor a CR that rewrites the line). */
function safe(s: string): string {
  return stripControls(s).replace(/\r/g, '');
}

/** Terms of the laws that appear in the report, with what they mean (shown once, after the files). */
const GLOSSARY: Array<[RegExp, string]> = [
  [/\bcem\b|\bCEM\b/, 'CEM: commercial electronic message (Canada, CASL): it needs the recipient\'s consent, sender identification and an unsubscribe link.'],
  [/\bcem-exempt\b/, 'cem-exempt: a transactional message exempt from consent in Canada (CASL s.6(6)); it still needs sender identification and an unsubscribe link.'],
  [/\bnot-cem\b/, 'not-cem: no commercial purpose at all (a password reset, a security alert, a notification): CASL does not apply.'],
  [/\bT\/R\b/, 'T/R: transactional or relationship content (US CAN-SPAM, 15 U.S.C. 7702(17)): an order, an account, a warranty, a subscription.'],
  [/direct-marketing/, 'direct-marketing: advertising directed to the recipient (EU/UK ePrivacy): it needs consent or the soft opt-in, and an opt-out.'],
];

/** The default, human-readable report: one block per file. */
export function formatStylish(report: Report, opts: StylishOptions): string {
  const c = colours(opts.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  let suppressed = 0;
  for (const r of report.results) {
    suppressed += r.suppressed?.length ?? 0;
    out.push('');
    if (r.error) {
      unreadable++;
      out.push(`${c.bold(safe(r.file))}  ${c.red(`cannot check: ${r.error.message}`)}`);
      continue;
    }
    out.push(...fileBlock(r, c));
    errors += r.findings.filter((f) => f.severity === 'error').length;
    warnings += r.findings.filter((f) => f.severity === 'warning').length;
  }
  // The law's own terms, said once where they appear: a copywriter need not know CASL's words.
  const terms = GLOSSARY.filter(([re]) => out.some((l) => re.test(l)));
  if (terms.length) {
    out.push('');
    for (const [, line] of terms) out.push(c.dim(line));
  }
  out.push('');
  const parts = [`${report.results.length} file${report.results.length === 1 ? '' : 's'} checked`, `${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (unreadable) parts.push(`${unreadable} unreadable`);
  if (suppressed) parts.push(`${suppressed} suppressed by directives or the baseline`);
  out.push((errors || unreadable ? c.red : warnings ? c.yellow : c.green)(parts.join(', ')));
  return `${out.join('\n')}\n`;
}

function fileBlock(r: FileResult, c: Colours): string[] {
  const lines: string[] = [];
  const catColour = r.category === 'transactional' ? c.green : r.category === 'hybrid' ? c.yellow : c.cyan;
  // A verdict decided for want of evidence says so where the reader looks first.
  const unsure = r.confidence && r.confidence !== 'high' ? ` · ${r.confidence} confidence` : '';
  lines.push(`${c.bold(safe(r.file))}  ${catColour(r.category ?? '')} ${c.dim(`· ${r.kind} · ${r.language} · send on the ${r.stream} stream${unsure}`)}`);
  for (const law of Object.keys(LAW_NAMES) as Law[]) {
    const v = r.verdicts?.[law];
    if (!v) continue;
    const why = v.reason ? `${v.reason}${v.citation ? ` (${v.citation})` : ''}` : v.decidedBy.join(', ');
    lines.push(`  ${LAW_NAMES[law].padEnd(16)} ${c.bold(v.class.padEnd(17))} ${c.dim(safe(why))}`);
  }
  if (r.branches) {
    const b = r.branches;
    lines.push(c.dim(`  branches: ${b.checked} variant${b.checked === 1 ? '' : 's'} checked${b.sampled ? ` (sampled from ${b.total})` : ''}${b.note ? ` — ${b.note}` : ''}`));
    for (const law of Object.keys(LAW_NAMES) as Law[]) {
      const w = b.worst[law];
      if (w.when.length) lines.push(c.dim(`    ${LAW_NAMES[law]}: ${w.class} when ${safe(w.when.join(' and '))}`));
    }
  }
  const findings = [...r.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location.line ?? 0) - (b.location.line ?? 0));
  for (const f of findings) lines.push(...findingLines(f, c));
  if (findings.length === 0) lines.push(c.green('  no findings'));
  if (r.signals) {
    // --explain: how each law's class was reached (the tests in order), every signal that fired
    // (shares as bars), and where the promotional elements are.
    lines.push(c.bold('  how the verdicts were reached:'));
    for (const law of Object.keys(LAW_NAMES) as Law[]) {
      const tests = r.verdicts?.[law]?.tests ?? [];
      const steps = tests.map((t) => `${t.held ? c.green('✓') : c.dim('✗')} ${t.held ? t.id : c.dim(t.id)}${t.held ? ` → ${t.class}` : ''}`);
      lines.push(`    ${LAW_NAMES[law].padEnd(16)} ${steps.join(c.dim('  ·  '))}`);
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
  const sev = f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
  // In a raw message, a line number counts within one decoded MIME part: name it.
  const part = f.location.part && f.location.line ? ` (${f.location.part})` : '';
  const loc = `${f.location.scope}${f.location.line ? ` ${f.location.line}:${f.location.column ?? 1}` : ''}${part}`;
  const lines = [`  ${sev} ${c.dim(loc.padEnd(14))} ${safe(f.message)}  ${c.dim(f.ruleId)}`];
  lines.push(`          ${c.dim('fix:')} ${safe(f.fix)}`);
  lines.push(`          ${c.dim(`law: ${f.citation}`)}`);
  return lines;
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

import { relative, resolve } from 'node:path';
import type { Checker, CheckOptions } from '../check.js';
import type { FileResult, Law } from '../types.js';
import { registryOf } from '../packs/registry.js';
import { childProcess } from '../lazy.js';

/**
 * `graylint diff <ref> [paths]`: how each template's classification drifted between a git ref
 * and the working tree — "order-shipped.html: CASL cem-exempt → cem (new promotion 'You may
 * also like…', line 88)". Reads the old version with `git show REF:PATH`; never checks it out.
 * Both versions are checked with the file's config (pack settings); only the laws it applies count.
 */
export interface Drift {
  file: string;
  status: 'added' | 'changed' | 'unchanged' | 'deleted-or-unreadable';
  changes: string[];
  /** Laws under which the class became more restrictive (CASL cem-exempt → cem): these fail the run. */
  stricter: Law[];
}

export interface DriftOptions {
  /** The file's pack settings from the config, for both versions. */
  settings?: CheckOptions['settings'];
  /** The opt-in laws the config selects for the file, for both versions. */
  optInLaws?: CheckOptions['optInLaws'];
  /** What the config says of the sender, for both versions. */
  sender?: CheckOptions['sender'];
  /** The laws the config applies to this file (default: all). */
  laws?: readonly Law[];
}

/** Throws when `ref` does not name a commit in the repository around cwd. */
export function verifyRef(ref: string, cwd: string): void {
  try {
    childProcess().execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new Error(`diff: "${ref}" is not a commit here (or this is not a git repository)`);
  }
}

export function gitShow(ref: string, file: string, cwd: string): Buffer | null {
  const { execFileSync } = childProcess();
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  const path = relative(top, resolve(cwd, file)).split('\\').join('/');
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

export async function driftOf(checker: Checker, file: string, old: Buffer | null, now: FileResult, opts: DriftOptions = {}): Promise<Drift> {
  const registry = registryOf(checker.packs);
  const laws = registry.laws.filter((l) => !opts.laws || opts.laws.includes(l.id));
  if (now.error) return { file, status: 'deleted-or-unreadable', changes: [now.error.message], stricter: [] };
  if (!old) return { file, status: 'added', changes: [[`new: ${now.category}`, ...laws.map((l) => `${l.short} ${now.verdicts?.[l.id]?.class ?? 'unknown'}`)].join(', ')], stricter: [] };
  const before = await checker.checkBuffer(file, old, { explain: true, settings: opts.settings, optInLaws: opts.optInLaws, sender: opts.sender });
  if (before.error) return { file, status: 'changed', changes: [`was unreadable (${before.error.message}); now ${now.category}`], stricter: [] };
  const changes: string[] = [];
  const oldPromos = new Set((before.promotions ?? []).map((p) => norm(p.text)));
  const added = (now.promotions ?? []).filter((p) => !oldPromos.has(norm(p.text)));
  const newPromos = new Set((now.promotions ?? []).map((p) => norm(p.text)));
  const removed = (before.promotions ?? []).filter((p) => !newPromos.has(norm(p.text)));
  const because = [
    ...added.slice(0, 2).map((p) => `new promotion “${clip(p.text)}”${p.location.line ? `, line ${p.location.line}` : ''}`),
    ...removed.slice(0, 2).map((p) => `removed promotion “${clip(p.text)}”`),
  ];
  const moved: string[] = [];
  const stricter: Law[] = [];
  for (const law of laws) {
    const a = before.verdicts?.[law.id]?.class ?? 'unknown';
    const b = now.verdicts?.[law.id]?.class ?? 'unknown';
    if (a !== b) moved.push(`${law.short} ${a} → ${b}`);
    if (registry.becameStricter(law.id, a, b)) stricter.push(law.id);
  }
  if (before.category !== now.category) moved.push(`category ${before.category} → ${now.category}`);
  if (moved.length) changes.push(`${moved.join(', ')}${because.length ? ` (${because.join('; ')})` : ''}`);
  const shareBefore = Number(before.signals?.['promo.share'] ?? 0);
  const shareNow = Number(now.signals?.['promo.share'] ?? 0);
  if (Math.abs(shareNow - shareBefore) >= 0.05) changes.push(`promotional share of the body ${pct(shareBefore)} → ${pct(shareNow)}`);
  if (!changes.length && because.length) changes.push(because.join('; '));
  return { file, status: changes.length ? 'changed' : 'unchanged', changes, stricter };
}

export function formatDrift(drifts: Drift[], ref: string): string {
  const out: string[] = [];
  for (const d of drifts) {
    if (d.status === 'unchanged') continue;
    out.push(`${d.file}: ${d.changes.join('; ')}`);
  }
  const changed = drifts.filter((d) => d.status !== 'unchanged').length;
  out.push(`${drifts.length} file${drifts.length === 1 ? '' : 's'} compared with ${ref}: ${changed} changed`);
  return `${out.join('\n')}\n`;
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

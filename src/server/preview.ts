// The live page's picture of a checked message (`serve --ui`): the message rendered as the HTML
// report renders it (src/report/html), sanitised for a sandboxed frame with its promotional
// blocks and transactional core outlined and the "beginning of the body" drawn, plus the list
// of marks; and, for "download report", the HTML report itself. Drawn from the placement the
// worker made from the stages of the same check that gave the result (nothing is checked twice),
// with the result as the service answers it (after the config).
// Loaded only by `serve --ui`.
import { randomBytes } from 'node:crypto';
import type { PlacedEvidence, PlacedFile } from '../placement/index.js';
import type { LawInfo } from '../packs/registry.js';
import type { FileResult, Finding } from '../types.js';
import { resolveLimits } from '../limits.js';
import { cutoffText, formatHtmlReport, leftOutText, messageFrame, NOT_POSITIONED } from '../report/html/index.js';
import { labelFor } from '../report/html/annotate.js';

export interface PreviewMark {
  /** The number drawn on the outline. */
  n: number;
  kind: 'promo' | 'core' | 'finding';
  /** "promotional", "transactional core"… */
  label: string;
  /** The block's visible text (clipped). */
  text: string;
  /** Indexes into the answer's `findings` of the findings that point at this mark. */
  findings: number[];
}

export interface Preview {
  /** A complete, inert document for a sandboxed iframe's srcdoc; null when the message has no body. */
  html: string | null;
  /** The frame height the message needs at the report's preview width (px). */
  height: number;
  marks: PreviewMark[];
  /** Notes to show with the rendering: the "beginning of the body" rule, limits that cut it. */
  notes: string[];
}

const MAX_MARK_TEXT = 200;

export function buildPreview(placed: PlacedFile, result: FileResult): Preview {
  const f = withResult(placed, result);
  const frame = messageFrame(f, randomBytes(12).toString('hex'), f.limits ?? resolveLimits());
  const notes: string[] = [];
  for (const l of frame?.leftOut ?? []) notes.push(leftOutText(l));
  if (f.markup !== null && !f.positioned) notes.push(NOT_POSITIONED);
  else {
    const cut = cutoffText(f, frame?.cutoffPlaced ?? false);
    if (cut) notes.push(cut);
  }
  const marks = (frame?.marks ?? []).map((m) => ({
    n: m.n,
    kind: m.kind,
    label: labelFor(m),
    text: m.text.length > MAX_MARK_TEXT ? `${m.text.slice(0, MAX_MARK_TEXT - 1)}…` : m.text,
    findings: m.findings,
  }));
  return { html: frame?.html ?? null, height: frame?.height ?? 0, marks, notes };
}

/** The HTML report (as `--format html` writes it) of one checked message. */
export function buildReport(placed: PlacedFile, result: FileResult, laws: readonly LawInfo[], title: string): string {
  return formatHtmlReport([withResult(placed, result)], { laws, title });
}

/**
 * The placement with the answer's result in it. The worker placed the findings of the result
 * before the config applied (severities, rules turned off, the stream/mismatch finding added), so
 * each finding of the answer takes the target of the finding it came from: the same rule at the
 * same place; one the config added takes the target of any finding at its place.
 */
export function withResult(placed: PlacedFile, result: FileResult): PlacedFile {
  const before = placed.result.findings;
  return {
    ...placed,
    result,
    findingTargets: retarget(before, placed.findingTargets, result.findings),
    suppressedTargets: retarget(placed.result.suppressed ?? [], placed.suppressedTargets, result.suppressed ?? []),
  };
}

function retarget(before: readonly Finding[], targets: readonly PlacedEvidence[], after: readonly Finding[]): PlacedEvidence[] {
  const used = new Set<number>();
  const byKey = (f: Finding, key: (x: Finding) => string): number => before.findIndex((b, i) => !used.has(i) && key(b) === key(f));
  return after.map((f) => {
    let i = byKey(f, (x) => `${x.ruleId}|${where(x)}`);
    if (i >= 0) used.add(i);
    else i = before.findIndex((b) => where(b) === where(f));
    return (i >= 0 ? targets[i] : undefined) ?? { text: f.evidence, location: f.location, offset: null, blockIndex: null };
  });
}

function where(f: Finding): string {
  const l = f.location;
  return [l.scope, l.line ?? '', l.column ?? '', l.part ?? ''].join('|');
}

// One file of the HTML report: the message rendered in a sandboxed frame with its promotional
// blocks and transactional core outlined and the CAN-SPAM cut-off drawn, beside its verdicts and findings.

import type { FileResult, Finding, Location, SignalValue } from '../../types.js';
import type { LawInfo } from '../../packs/registry.js';
import type { PlacedFile, LinePlaced } from '../../placement/index.js';
import type { Limits } from '../../limits.js';
import { annotate, labelFor, CUTOFF_LABEL, type Mark } from './annotate.js';
import { sanitizeMessage, type LeftOut } from './sanitize.js';
import { bySeverityThenLine } from '../order.js';
import { FRAME_CSS, PREVIEW_FRAME_BORDER_PX, PREVIEW_WIDTH_PX } from './styles.js';
import { estimatePreviewHeight } from './preview-height.js';
import { badge, esc } from './escape.js';

/** One file's section: its lines, verdicts, the rendered message with its marks, findings and signals. */
export function fileSection(f: PlacedFile, id: string, nonce: string, laws: readonly LawInfo[], limits: Limits): string {
  const r = f.result;
  const out: string[] = [];
  out.push(`<section class="file" id="${id}" data-file="${esc(r.file)}">`);
  const head = [`<h2><a href="#${id}">${esc(r.file)}</a></h2>`];
  if (r.error) {
    out.push(`<div class="file-head">${head.join('')}<span class="badge error">cannot check</span></div>`);
    out.push(`<p class="error-box">${esc(r.error.code)}: ${esc(r.error.message)}</p>`);
    out.push('</section>');
    return out.join('\n');
  }
  head.push(badge(r.category ?? ''));
  head.push(`<span class="muted">${esc([r.kind, f.part, r.language].filter(Boolean).join(' · '))} · send on the <strong>${esc(r.stream ?? '')}</strong> stream</span>`);
  out.push(`<div class="file-head">${head.join('')}</div>`);

  out.push(linesTable(f, id));
  out.push(verdictsTable(r, laws));

  const frame = messageFrame(f, nonce, limits);
  const marks = frame?.marks ?? [];
  const markOfFinding = new Map<number, Mark>();
  const markOfSuppressed = new Map<number, Mark>();
  for (const m of marks) {
    for (const i of m.findings) markOfFinding.set(i, m);
    for (const i of m.suppressed) markOfSuppressed.set(i, m);
  }

  out.push('<div class="cols">');
  out.push('<div class="preview">');
  out.push([
    '<p class="legend">',
    '<span><i class="sw promo"></i>promotional</span>',
    '<span><i class="sw core"></i>transactional core</span>',
    '<span><i class="sw finding"></i>other finding</span>',
    `<span><i class="sw cut"></i>${esc(CUTOFF_LABEL)}</span>`,
    '</p>',
  ].join(''));
  if (frame) {
    for (const l of frame.leftOut) out.push(leftOutNote(l));
    out.push(
      `<iframe class="message" sandbox="" referrerpolicy="no-referrer" loading="eager" title="${esc(`Rendered message: ${r.file}`)}" style="height:${frame.height}px" data-file="${esc(r.file)}" srcdoc="${esc(frame.html)}"></iframe>`,
    );
  } else {
    out.push('<p class="textonly">This message has no body to render.</p>');
  }
  if (f.markup !== null && !f.positioned) out.push(`<p class="note" data-positions="none">${esc(NOT_POSITIONED)}</p>`);
  else out.push(cutoffNote(f, frame?.cutoffPlaced ?? false));
  out.push('</div>');

  out.push('<div class="side">');
  out.push(marksList(f, id, marks));
  out.push(findingsList(f, id, r.findings, markOfFinding, 'finding'));
  if (r.suppressed?.length) {
    out.push(`<details><summary>${r.suppressed.length} suppressed finding${r.suppressed.length === 1 ? '' : 's'} (inline directives or baseline)</summary>`);
    out.push(findingsList(f, id, r.suppressed, markOfSuppressed, 'suppressed'));
    out.push('</details>');
  }
  out.push(signalsPanel(f, id));
  out.push('</div>');
  out.push('</div>');
  out.push('</section>');
  return out.join('\n');
}

/** The message as a sandboxed frame shows it: sanitised, with its marks and cut-off drawn. */
export interface MessageFrame {
  /** A complete, inert document for the frame's srcdoc. */
  html: string;
  /** The frame height the message needs at the preview width (px). */
  height: number;
  marks: Mark[];
  cutoffPlaced: boolean;
  leftOut: LeftOut[];
}

/** Said instead of the cut-off note when the blocks' positions are unknown. */
export const NOT_POSITIONED = 'The block positions in this message are not known, so nothing is outlined on it.';

/**
 * The message rendered for a sandboxed frame, its promotional blocks and transactional core
 * outlined and the "beginning of the body" drawn; null when it has no body to render. Without
 * usable block positions the message is still shown, but nothing is drawn on it.
 */
export function messageFrame(f: PlacedFile, nonce: string, limits: Limits): MessageFrame | null {
  if (f.markup === null) return null;
  const ann = f.positioned ? annotate(f, nonce, limits) : { markup: f.markup, marks: [], cutoffPlaced: false };
  const doc = sanitizeMessage(ann.markup, { nonce, css: FRAME_CSS, mjml: f.markupKind === 'mjml', limits });
  return { html: doc.html, height: previewHeight(doc.html, limits), marks: ann.marks, cutoffPlaced: ann.cutoffPlaced, leftOut: doc.leftOut };
}

function linesTable(f: PlacedFile, id: string): string {
  const rows: string[] = [];
  const row = (name: string, key: string, line: LinePlaced | null) => {
    if (!line) {
      rows.push(`<tr id="${id}-${key}"><th>${name}</th><td class="muted">(none)</td><td></td></tr>`);
      return;
    }
    const wording: string[] = [];
    if (line.promoWording.length) wording.push(`promotional wording: ${esc(line.promoWording.join(', '))}`);
    if (line.transactionalWording.length) wording.push(`transactional wording: ${esc(line.transactionalWording.join(', '))}`);
    const other = line.reasons.filter((x) => !x.startsWith('promotional wording'));
    if (other.length) wording.push(esc(other.join(', ')));
    rows.push(
      `<tr id="${id}-${key}"><th>${name}</th><td data-line="${key}">${esc(line.text)}</td><td>${wording.length ? `<div class="note">${wording.join(' · ')}</div>` : ''}</td></tr>`,
    );
  };
  row('Subject', 'subject', f.subject);
  row('Preheader', 'preheader', f.preheader);
  row('From', 'from', f.from);
  return `<table class="lines">${rows.join('\n')}</table>`;
}

function verdictsTable(r: FileResult, laws: readonly LawInfo[]): string {
  const rows = laws.map((law) => {
    const v = r.verdicts?.[law.id];
    if (!v) return `<tr data-law="${esc(law.id)}"><td>${esc(law.label)}</td><td colspan="3" class="muted">not decided</td></tr>`;
    return [
      `<tr data-law="${esc(law.id)}">`,
      `<td>${esc(law.label)}</td>`,
      `<td>${badge(v.class)}</td>`,
      `<td><code>${esc(v.decidedBy.join(', '))}</code></td>`,
      `<td>${esc(v.reason ?? '')}${v.citation ? ` <span class="muted">(${esc(v.citation)})</span>` : ''}</td>`,
      '</tr>',
    ].join('');
  });
  return `<table class="verdicts"><thead><tr><th>Law</th><th>Class</th><th>Decided by</th><th>Why</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function marksList(f: PlacedFile, id: string, marks: Mark[]): string {
  if (marks.length === 0) return '<h3>Marked blocks</h3><p class="muted">No promotional element, transactional core or located finding in the body.</p>';
  const items = marks.map((m) => {
    const block = m.blockIndex !== null ? f.blocks[m.blockIndex] : undefined;
    const where = block ? ` <span class="muted">${esc(locationText(block.location))}</span>` : '';
    const links = m.findings.map((i) => `<a href="#${id}-finding-${i + 1}">finding ${i + 1}</a>`).join(', ');
    return [
      `<li id="${id}-mark-${m.n}" class="${m.kind}" data-mark="${m.n}" data-kind="${m.kind}">`,
      `<span class="num ${m.kind}">${m.n}</span> <strong>${esc(labelFor(m))}</strong>${where}`,
      `<div class="evidence">${esc(clip(m.text, 200))}</div>`,
      links ? `<div class="finding-meta">${links}</div>` : '',
      '</li>',
    ].join('');
  });
  return `<h3>Marked blocks</h3><ol class="marks">${items.join('\n')}</ol>`;
}

function findingsList(f: PlacedFile, id: string, findings: Finding[], markOf: Map<number, Mark>, kind: 'finding' | 'suppressed'): string {
  if (kind === 'finding' && findings.length === 0) return '<h3>Findings</h3><p class="muted">No findings.</p>';
  const order = findings.map((x, i) => ({ x, i })).sort((a, b) => bySeverityThenLine(a.x, b.x));
  const items = order.map(({ x, i }) => {
    const m = markOf.get(i);
    const anchor = kind === 'finding' ? `${id}-finding-${i + 1}` : `${id}-suppressed-${i + 1}`;
    const lineTarget = x.location.scope === 'subject' || x.location.scope === 'preheader' || x.location.scope === 'from' ? `${id}-${x.location.scope}` : null;
    const target = m
      ? ` <a class="to-mark" href="#${id}-mark-${m.n}"><span class="num ${m.kind}">${m.n}</span> in the message</a>`
      : lineTarget
        ? ` <a href="#${lineTarget}">${esc(x.location.scope)} line</a>`
        : '';
    const suppressedBy = kind === 'suppressed' ? (x as Finding & { suppressedBy?: string }).suppressedBy : undefined;
    return [
      `<li id="${anchor}" class="${x.severity}" data-rule="${esc(x.ruleId)}"${m ? ` data-mark="${m.n}"` : ''}>`,
      `<span class="sev ${x.severity}">${x.severity}</span><code>${esc(x.ruleId)}</code>`,
      `<div class="finding-meta">${esc(locationText(x.location))}${target}</div>`,
      `<div>${esc(x.message)}</div>`,
      x.evidence ? `<div class="evidence">${esc(clip(x.evidence, 300))}</div>` : '',
      `<div class="fix"><strong>Fix:</strong> ${esc(x.fix)}</div>`,
      `<div class="finding-meta">Law: ${esc(x.citation)}</div>`,
      suppressedBy ? `<div class="finding-meta">Suppressed by: ${esc(suppressedBy)}</div>` : '',
      '</li>',
    ].join('');
  });
  return `${kind === 'finding' ? '<h3>Findings</h3>' : ''}<ol class="findings">${items.join('\n')}</ol>`;
}

/**
 * The explain panel: every signal value the verdicts were computed from, grouped by what it is
 * about (subject, promo, core …), folded away. The line rows above show only the lines themselves.
 */
function signalsPanel(f: PlacedFile, id: string): string {
  const entries = Object.entries(f.signals ?? {});
  if (entries.length === 0) return '';
  const groups = new Map<string, string[]>();
  for (const [name, v] of entries) {
    const group = name.split('.')[0]!;
    groups.set(group, [...(groups.get(group) ?? []), chip(name, v)]);
  }
  const rows = [...groups].map(([group, chips]) => `<tr><th>${esc(group)}</th><td>${chips.join('')}</td></tr>`);
  return `<details class="signals" id="${id}-signals"><summary>Signals: how graylint read this message (${entries.length})</summary><table class="lines">${rows.join('\n')}</table></details>`;
}

/** Says, above the rendering, what of the message it leaves out and which limit decided that. */
function leftOutNote(l: LeftOut): string {
  return `<p class="note limit" data-limit="${l.limit}">${esc(leftOutText(l))}</p>`;
}

/** What of the message the rendering leaves out, in words, with the limit that decided it. */
export function leftOutText(l: LeftOut): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const limit = `limits.${l.limit} = ${n(l.value)}`;
  const text =
    l.limit === 'maxAttributeChars'
      ? `${n(l.count ?? 0)} attribute value${l.count === 1 ? ' is' : 's are'} cut after ${n(l.value)} characters (${limit}); the rest of ${l.count === 1 ? 'it is' : 'each is'} not shown.`
      : `The rendering stops at line ${n(l.line ?? 1)}, ${l.limit === 'maxHtmlDepth' ? `where elements nest more than ${n(l.value)} deep` : `after the first ${n(l.value)} HTML nodes`} (${limit}). What follows is not shown: graylint did not read it either.`;
  return text;
}

function cutoffNote(f: PlacedFile, placed: boolean): string {
  const text = cutoffText(f, placed);
  if (text === null) return '';
  return `<p class="note" data-cutoff="${placed ? f.cutoff!.blockIndex : 'none'}">${esc(text)}</p>`;
}

/** The "beginning of the body" rule as measured on this message, in words; null when not measured. */
export function cutoffText(f: PlacedFile, placed: boolean): string | null {
  const c = f.cutoff;
  if (!c) return null;
  const pct = `${Math.round(c.share * 100)}%`;
  const rule = `The T/R content must start within the first ${pct} of the ${c.bodyChars} visible body characters, or within ${c.minChars} characters, whichever is later (${Math.round(c.threshold)} characters here; 16 CFR 316.3(a)(2)(ii)).`;
  return `${rule} ${placed ? 'The dashed line marks where that beginning ends.' : 'The whole body lies within it.'}`;
}

// ---------- helpers ----------

/**
 * The frame's height: the message's own, as estimated at the frame's width (preview-height.ts),
 * since a frame cannot size itself to its content without script. A little is added so that an
 * estimate slightly short does not give the frame a scrollbar (which would narrow the message and
 * make it taller still); the user can still drag the frame taller or shorter.
 */
function previewHeight(doc: string, limits: Limits): number {
  const inner = PREVIEW_WIDTH_PX - 2 * PREVIEW_FRAME_BORDER_PX;
  return clamp(Math.round(estimatePreviewHeight(doc, inner, limits) + PREVIEW_SLACK_PX) + 2 * PREVIEW_FRAME_BORDER_PX, 40, 8000);
}

/** Added to the estimate: see previewHeight. */
const PREVIEW_SLACK_PX = 12;

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

function chip(name: string, v: SignalValue): string {
  const on = v !== false && v !== '' && v !== 0;
  const cls = !on ? '' : /promotional|offer|imperative|fakeReply|noReply/.test(name) ? ' on promo' : /transactional/.test(name) ? ' on tr' : ' on';
  return `<span class="chip${cls}" data-signal="${esc(name)}">${esc(name)}: ${esc(String(v))}</span>`;
}

function locationText(l: Location): string {
  const at = l.line !== undefined ? ` ${l.line}:${l.column ?? 1}` : '';
  return `${l.scope}${at}${l.part ? ` (${l.part})` : ''}`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

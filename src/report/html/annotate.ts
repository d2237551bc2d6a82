// Places the report's marks in the message markup, at source offsets, before the markup is
// sanitised: an attribute on the element that starts each marked block, and a marker element
// where the "beginning of the body" ends.

import type { AnyNode, Element } from 'domhandler';
import type { PlacedFile, PlacedEvidence } from '../../placement/index.js';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { parseBounded } from '../../model/html-parse.js';

export type MarkKind = 'promo' | 'core' | 'finding';

/** One outlined element: a promotional block, the transactional core, or a finding's block. */
export interface Mark {
  /** 1-based number shown on the outline and in the report. */
  n: number;
  /** The primary kind, which decides the outline colour (promo > core > finding). */
  kind: MarkKind;
  kinds: MarkKind[];
  /** Start offset in the markup of the element that carries the outline. */
  elementStart: number;
  /** The element's tag name. */
  tag: string;
  /** The block (model index) the mark was placed for, if known. */
  blockIndex: number | null;
  /** The visible text that identifies the mark (evidence or block text). */
  text: string;
  /** Indexes into result.findings of the findings that point at this mark. */
  findings: number[];
  /** Indexes into result.suppressed of the suppressed findings that point here. */
  suppressed: number[];
}

export interface Annotation {
  /** The markup with data-gl-* attributes and the cut-off marker inserted (not yet sanitised). */
  markup: string;
  marks: Mark[];
  /** Whether a cut-off marker was inserted. */
  cutoffPlaced: boolean;
}

/** Elements that start a block (as in the model), in which an outline reads as "this block". */
const BLOCKISH = new Set([
  'p', 'div', 'td', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'center', 'dl', 'dt', 'dd',
  'form', 'fieldset', 'figure', 'figcaption', 'address', 'body',
  'mj-text', 'mj-button', 'mj-section', 'mj-column', 'mj-hero', 'mj-wrapper', 'mj-group', 'mj-table', 'mj-navbar',
  'mj-accordion-title', 'mj-accordion-text', 'mj-social', 'mj-body', 'mj-raw', 'mj-carousel',
]);

/** Parents in which a <span> may not stand between children (the parser would move it). */
const NO_SPAN_CHILD = new Set(['html', 'head', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup', 'mjml']);

interface El {
  name: string;
  parent: El | null;
  start: number;
  end: number;
  /** Offset just after the start tag's '>'. */
  contentStart: number;
}

const KIND_RANK: Record<MarkKind, number> = { promo: 0, core: 1, finding: 2 };

export const CUTOFF_LABEL = 'beginning of the body ends here';

/**
 * Resolves the explained file's promotional elements, core and finding locations to elements of
 * the markup and inserts `data-gl-*` attributes (carrying `nonce`, so message content cannot
 * forge them) and the cut-off marker.
 */
export function annotate(ex: PlacedFile, nonce: string, limits: Limits = DEFAULT_LIMITS): Annotation {
  const markup = ex.markup ?? '';
  const elements = collectElements(markup, limits);
  const byStart = new Map(elements.map((e) => [e.start, e]));

  const targetFor = (offset: number | null): El | null => {
    if (offset === null) return null;
    const exact = byStart.get(offset);
    if (exact && exact.name !== 'br') return exact;
    let best: El | null = null;
    let fallback: El | null = null;
    for (const e of elements) {
      if (e.start < offset && offset < e.end) {
        if (BLOCKISH.has(e.name) && (!best || e.start >= best.start)) best = e;
        if (e.name !== 'html' && (!fallback || e.start >= fallback.start)) fallback = e;
      }
    }
    return best ?? fallback;
  };

  const marks = new Map<number, Mark>();
  const add = (ev: PlacedEvidence, kind: MarkKind, finding?: { index: number; suppressed: boolean }) => {
    const el = targetFor(ev.offset);
    if (!el) return;
    let m = marks.get(el.start);
    if (!m) {
      const block = ev.blockIndex !== null ? ex.blocks[ev.blockIndex] : undefined;
      m = { n: 0, kind, kinds: [], elementStart: el.start, tag: el.name, blockIndex: ev.blockIndex, text: ev.text || block?.text || '', findings: [], suppressed: [] };
      marks.set(el.start, m);
    }
    if (!m.kinds.includes(kind)) m.kinds.push(kind);
    if (KIND_RANK[kind] < KIND_RANK[m.kind]) {
      m.kind = kind;
      if (ev.text) m.text = ev.text;
    }
    if (finding) (finding.suppressed ? m.suppressed : m.findings).push(finding.index);
  };
  for (const p of ex.promo) add(p, 'promo');
  if (ex.core) add(ex.core, 'core');
  ex.findingTargets.forEach((t, i) => add(t, 'finding', { index: i, suppressed: false }));
  ex.suppressedTargets.forEach((t, i) => add(t, 'finding', { index: i, suppressed: true }));

  const ordered = [...marks.values()].sort((a, b) => a.elementStart - b.elementStart);
  ordered.forEach((m, i) => (m.n = i + 1));

  // Insertions, applied from the end of the markup so earlier offsets stay valid.
  const inserts: Array<{ at: number; text: string; order: number }> = [];
  for (const m of ordered) {
    const el = byStart.get(m.elementStart)!;
    const at = el.start + 1 + el.name.length;
    if (markup.slice(el.start + 1, at).toLowerCase() !== el.name) continue;
    const label = `${m.n} ${labelFor(m)}`;
    inserts.push({
      at,
      order: 0,
      text: ` data-gl-nonce="${nonce}" data-gl-mark="${m.n}" data-gl-kind="${m.kind}" data-gl-label="${escapeAttr(label)}"`,
    });
  }

  let cutoffPlaced = false;
  const cutBlock = ex.cutoff?.blockIndex !== null && ex.cutoff?.blockIndex !== undefined ? ex.blocks[ex.cutoff.blockIndex] : undefined;
  if (cutBlock) {
    const previous = ex.blocks[cutBlock.index - 1];
    // The words sit in a span of their own, which the frame's CSS gives a background.
    const marker = `<span data-gl-nonce="${nonce}" data-gl-cut="${cutBlock.index}"><span>${CUTOFF_LABEL}</span></span>`;
    inserts.push({ at: cutPlacement(elements, cutBlock.offset, previous ? previous.offset : -1), order: 1, text: marker });
    cutoffPlaced = true;
  }

  inserts.sort((a, b) => b.at - a.at || b.order - a.order);
  let out = markup;
  for (const ins of inserts) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at);
  return { markup: out, marks: ordered, cutoffPlaced };
}

export function labelFor(m: Mark): string {
  const words: Record<MarkKind, string> = { promo: 'promotional', core: 'transactional core', finding: 'finding' };
  const parts = [words[m.kind]];
  if (m.kind !== 'core' && m.kinds.includes('core')) parts.push(words.core);
  return parts.join(' + ');
}

/**
 * Where the cut-off marker goes: before the outermost element that holds the cut block's text but
 * not the previous block's, so the line is drawn at the top of that element. The marker is laid
 * over the message, out of its flow (styles.ts), so it moves nothing; it only has to stand where
 * the parser keeps it. Between rows, cells or list items a span cannot stand, so there it goes at
 * the start of the row's first cell (or of the cell or item itself).
 */
function cutPlacement(elements: El[], textOffset: number, previousOffset: number): number {
  const chain = elements.filter((e) => e.start < textOffset && textOffset < e.end).sort((a, b) => b.start - a.start);
  let x: El | null = null;
  for (const e of chain) {
    if (e.start > previousOffset && e.name !== 'html' && e.name !== 'body') x = e;
    else break;
  }
  if (!x) return textOffset;
  if (!NO_SPAN_CHILD.has(x.parent?.name ?? 'body')) return x.start;
  const holder = ROW_PARTS.has(x.name) ? firstCellOf(elements, x) : x;
  if (holder && CONTENT_HOLDERS.has(holder.name) && holder.contentStart <= textOffset) return holder.contentStart;
  return textOffset;
}

/** Table rows and row groups: a marker for one goes into its first cell. */
const ROW_PARTS = new Set(['tr', 'tbody', 'thead', 'tfoot']);
/** Elements inside table structure or lists at whose start a span may stand. */
const CONTENT_HOLDERS = new Set(['td', 'th', 'li', 'dt', 'dd', 'caption']);

/** The first cell of a row, or of a row group's first row (not a cell of a table nested in it). */
function firstCellOf(elements: El[], row: El): El | null {
  for (const e of elements) {
    if (e.start <= row.start || e.start >= row.end || (e.name !== 'td' && e.name !== 'th')) continue;
    const tr = e.parent;
    if (tr?.name === 'tr' && (tr === row || tr.parent === row)) return e;
  }
  return null;
}

/**
 * Every element of the markup with its source range, parsed exactly as the model parses it and
 * within the same limits (an element still open where the model stopped reading runs to the end).
 * Walked with an explicit stack, so no nesting depth can exhaust the call stack.
 */
function collectElements(markup: string, limits: Limits): El[] {
  const { doc } = parseBounded(markup, limits.maxHtmlNodes, limits.maxHtmlDepth, { withEndIndices: true });
  const out: El[] = [];
  const stack: Array<{ node: AnyNode; parent: El | null }> = [];
  const pushChildren = (children: AnyNode[], parent: El | null) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent });
  };
  pushChildren(doc.children, null);
  while (stack.length) {
    const { node: n, parent } = stack.pop()!;
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      const el = n as Element;
      const start = el.startIndex ?? -1;
      let me = parent;
      if (start >= 0 && markup[start] === '<') {
        const end = el.endIndex === null ? markup.length : el.endIndex + 1;
        me = { name: el.name.toLowerCase(), parent, start, end, contentStart: startTagEnd(markup, start) };
        out.push(me);
      }
      pushChildren(el.children, me);
    } else if ('children' in n && Array.isArray((n as { children?: AnyNode[] }).children)) {
      pushChildren((n as { children: AnyNode[] }).children, parent);
    }
  }
  return out;
}

/** The offset just after the '>' that closes the start tag at `start` (quotes respected). */
function startTagEnd(s: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < s.length; i++) {
    const ch = s[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // Quotes only open an attribute value after '='.
      let j = i - 1;
      while (j > start && /\s/.test(s[j]!)) j--;
      if (s[j] === '=') quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return s.length;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

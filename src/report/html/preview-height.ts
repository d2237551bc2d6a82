// How tall a rendered message is, estimated without a browser, so that its preview frame can be
// given that height. The report runs no script (its CSP forbids it) and a srcdoc frame has no
// height of its own, so without this every preview would be one fixed height: empty space below
// a short message, a scrollbar in a long one.
//
// The estimate is a coarse CSS layout of the sanitised document at the frame's width, in the
// frame's standards mode (a srcdoc document never renders in quirks mode): block boxes stacked
// with their margins (collapsed between siblings and through a parent without padding or
// border), padding and borders; tables in rows, the columns sized from their cells' contents as
// browsers do for an automatic table layout; inline content broken into lines by the advance
// widths of the faces browsers use for the usual font stacks (glyph-widths.ts), each line as tall
// as its text and inline-blocks aligned on a common baseline. Styles come from style attributes,
// the HTML defaults, and the simple rules of the document's <style> elements (css-lite.ts).
// Floats, media queries and positioned boxes are not modelled (positioned boxes take no room,
// like the report's own labels).

import type { AnyNode, Element, Text } from 'domhandler';
import type { Limits } from '../../limits.js';
import { parseBounded } from '../../model/html-parse.js';
import { SimpleStyles, parseDeclarations } from './css-lite.js';
import { faceOf, textWidth, type Face } from './glyph-widths.js';

/** Below this nesting depth the layout is not followed further: the rest counts as plain text. */
const MAX_LAYOUT_DEPTH = 200;
const MEDIUM = 16;
const NORMAL_LINE_HEIGHT = 1.15;
/** The line height of text in a CJK face (their fonts are taller than Latin ones). */
const CJK_LINE_HEIGHT = 1.45;
/** Where the baseline sits in a line of text, below the middle of its line-height, in em. */
const BASELINE_BELOW_MIDDLE = 0.325;

/** The HTML defaults (Chromium's user-agent sheet) that change a box's size. */
const UA: Record<string, string> = {
  body: 'display:block;margin:8px',
  p: 'display:block;margin:1em 0',
  h1: 'display:block;font-size:2em;margin:0.67em 0;font-weight:bold',
  h2: 'display:block;font-size:1.5em;margin:0.83em 0;font-weight:bold',
  h3: 'display:block;font-size:1.17em;margin:1em 0;font-weight:bold',
  h4: 'display:block;margin:1.33em 0;font-weight:bold',
  h5: 'display:block;font-size:0.83em;margin:1.67em 0;font-weight:bold',
  h6: 'display:block;font-size:0.67em;margin:2.33em 0;font-weight:bold',
  ul: 'display:block;margin:1em 0;padding-left:40px',
  ol: 'display:block;margin:1em 0;padding-left:40px',
  menu: 'display:block;margin:1em 0;padding-left:40px',
  dl: 'display:block;margin:1em 0',
  dd: 'display:block;margin-left:40px',
  blockquote: 'display:block;margin:1em 40px',
  figure: 'display:block;margin:1em 40px',
  pre: 'display:block;margin:1em 0;white-space:pre;font-family:monospace;font-size:13px',
  hr: 'display:block;margin:0.5em 0;border:1px inset',
  fieldset: 'display:block;margin:0 2px;padding:0.35em 0.75em 0.625em;border:2px groove',
  table: 'display:table',
  caption: 'display:block',
  tr: 'display:table-row',
  td: 'display:table-cell;padding:1px',
  th: 'display:table-cell;padding:1px;font-weight:bold',
  li: 'display:block',
  b: 'font-weight:bold',
  strong: 'font-weight:bold',
  big: 'font-size:larger',
  small: 'font-size:smaller',
  sub: 'font-size:smaller',
  sup: 'font-size:smaller',
  code: 'font-family:monospace',
  kbd: 'font-family:monospace',
  samp: 'font-family:monospace',
  tt: 'font-family:monospace',
  button: 'display:inline-block;padding:1px 6px',
};
for (const t of ['div', 'center', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'dt', 'form', 'legend', 'details', 'summary', 'hgroup', 'html']) UA[t] = 'display:block';
const UA_DECLS = new Map(Object.entries(UA).map(([tag, css]) => [tag, new Map(parseDeclarations(css).map((d) => [d.prop, d.value]))]));
const NO_DECLS: ReadonlyMap<string, string> = new Map();
const NOT_RENDERED = new Set(['head', 'style', 'script', 'title', 'meta', 'link', 'template', 'noscript', 'base']);
const CELLS = new Set(['td', 'th']);
const ROW_GROUPS = new Set(['tbody', 'thead', 'tfoot']);

type Display = 'none' | 'block' | 'inline' | 'inline-block' | 'table' | 'table-part';
type LineHeight = { factor: number } | { px: number };

/** What descendants inherit. */
interface Inherited {
  size: number;
  lineHeight: LineHeight;
  face: Face;
  bold: boolean;
  /** white-space keeps line breaks (pre, pre-wrap, pre-line). */
  pre: boolean;
}

interface Sides {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** An element's computed style, as far as the layout reads it. */
interface Style {
  display: Display;
  inherited: Inherited;
  margin: Sides;
  padding: Sides;
  border: Sides;
  /** Declared width and height of the content box (border-box sizes converted), in px. */
  width: number | null;
  /** A declared percentage width, as a fraction. */
  widthShare: number | null;
  maxWidth: number | null;
  height: number | null;
  maxHeight: number | null;
  clips: boolean;
  outOfFlow: boolean;
  /** Tables: the space between cells and around them. */
  borderSpacing: number;
}

/** A laid-out block: its border-box height and the margins that may still collapse with its neighbours. */
interface BlockBox {
  height: number;
  marginTop: number;
  marginBottom: number;
}

/**
 * One piece of inline content: a word, a space, an inline-block, or a forced line break. Words and
 * boxes reach `ascent` above the line's baseline and `descent` below it.
 */
type InlineItem =
  | { kind: 'word'; width: number; ascent: number; descent: number }
  | { kind: 'space'; width: number }
  | { kind: 'box'; width: number; ascent: number; descent: number }
  | { kind: 'break'; ascent: number; descent: number };

/** Smallest and largest width a box can take (min-content and max-content), margins included. */
interface Intrinsic {
  min: number;
  max: number;
}

/**
 * The height in px the sanitised `doc` takes when rendered in a frame `frameWidth` px wide.
 * Parsed within the check's limits, as the frame's document was written.
 */
export function estimatePreviewHeight(doc: string, frameWidth: number, limits: Limits): number {
  const { doc: tree } = parseBounded(doc, limits.maxHtmlNodes, limits.maxHtmlDepth);
  const layout = new Layout(new SimpleStyles(styleSheetsOf(tree.children)));
  const html = tree.children.find((n): n is Element => n.type === 'tag' && (n as Element).name.toLowerCase() === 'html');
  const root = html ? layout.styleOf(html, ROOT_INHERITED) : null;
  const padding = root?.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const width = Math.max(1, frameWidth - padding.left - padding.right);
  // The root is a block formatting context: its children's margins stay inside it.
  const box = layout.blockContent(html ? html.children : tree.children, width, root?.inherited ?? ROOT_INHERITED, 0, false);
  return Math.ceil(padding.top + box.height + padding.bottom);
}

const ROOT_INHERITED: Inherited = { size: MEDIUM, lineHeight: { factor: NORMAL_LINE_HEIGHT }, face: 'serif', bold: false, pre: false };

/** The text of every <style> element, in document order (walked without recursion). */
function styleSheetsOf(nodes: AnyNode[]): string[] {
  const out: string[] = [];
  const stack = [...nodes].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'style') out.push((n as Element).children.map((c) => (c.type === 'text' ? (c as Text).data : '')).join(''));
    else if ('children' in n) for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
  return out;
}

type FlowEntry = { kind: 'inline'; items: InlineItem[] } | { kind: 'block'; el: Element; style: Style };

class Layout {
  private readonly styles = new Map<Element, Style>();
  private readonly intrinsics = new Map<Element, Intrinsic>();

  constructor(private readonly sheet: SimpleStyles) {}

  /** The element's style (computed once: an element always has the same parent). */
  styleOf(el: Element, parent: Inherited): Style {
    let style = this.styles.get(el);
    if (!style) {
      style = computeStyle(el, parent, this.sheet);
      this.styles.set(el, style);
    }
    return style;
  }

  /**
   * A container's children laid out as blocks and anonymous lines, `width` px wide: the content
   * height, and the first and last child's margins when `collapse` lets them escape.
   */
  blockContent(children: AnyNode[], width: number, inherited: Inherited, depth: number, collapse: { top: boolean; bottom: boolean } | false): BlockBox {
    let height = 0;
    let first: number | null = null;
    let pending = 0;
    let inline: InlineItem[] = [];
    const place = (box: BlockBox) => {
      if (first === null) {
        first = box.marginTop;
        if (!collapse || !collapse.top) height += first;
      } else {
        height += collapseMargins(pending, box.marginTop);
      }
      height += box.height;
      pending = box.marginBottom;
    };
    const flushInline = () => {
      const lines = lineHeights(inline, width, lineMetrics(inherited));
      inline = [];
      if (lines > 0) place({ height: lines, marginTop: 0, marginBottom: 0 });
    };
    for (const entry of this.flow(children, inherited, depth, width)) {
      if (entry.kind === 'inline') {
        inline.push(...entry.items);
        continue;
      }
      flushInline();
      const box = this.block(entry.el, entry.style, width, depth + 1);
      // An empty block's margins collapse through it into its neighbours (not a table's: it is a formatting context of its own).
      if (box.height === 0 && entry.style.display === 'block' && !entry.style.clips) pending = collapseMargins(pending, collapseMargins(box.marginTop, box.marginBottom));
      else place(box);
    }
    flushInline();
    const escapesBottom = !!collapse && collapse.bottom;
    if (!escapesBottom) height += pending;
    return { height, marginTop: collapse && collapse.top ? first ?? 0 : 0, marginBottom: escapesBottom ? pending : 0 };
  }

  /**
   * Children as block-level elements and runs of inline content (a run carries on through inline
   * elements; a block inside an inline element breaks it). Table parts outside a table are
   * dropped by an HTML parser, so their content flows on inline. `width` is the room for an
   * inline-block that sets none (Infinity when measuring content).
   */
  private flow(children: AnyNode[], inherited: Inherited, depth: number, width: number): FlowEntry[] {
    const out: FlowEntry[] = [];
    const push = (items: InlineItem[]) => {
      if (items.length) out.push({ kind: 'inline', items });
    };
    const stack: Array<{ nodes: AnyNode[]; i: number; inh: Inherited; depth: number }> = [{ nodes: children, i: 0, inh: inherited, depth }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i >= top.nodes.length) {
        stack.pop();
        continue;
      }
      const n = top.nodes[top.i++]!;
      if (n.type === 'text') {
        push(textItems((n as Text).data, top.inh));
        continue;
      }
      if (n.type !== 'tag') continue;
      const el = n as Element;
      if (el.name.toLowerCase() === 'br') {
        push([{ kind: 'break', ...lineMetrics(top.inh) }]);
        continue;
      }
      const style = this.styleOf(el, top.inh);
      if (style.display === 'none' || style.outOfFlow) continue;
      if (top.depth > MAX_LAYOUT_DEPTH) push(textItems(textOf(el), top.inh));
      else if (style.display === 'inline' || style.display === 'table-part') stack.push({ nodes: el.children, i: 0, inh: style.inherited, depth: top.depth + 1 });
      else if (style.display === 'inline-block') push([this.inlineBlock(el, style, top.depth + 1, width)]);
      else out.push({ kind: 'block', el, style });
    }
    return out;
  }

  /** An inline-block (a button, an image placeholder): an atomic box on its line's baseline, as wide as its content up to the room. */
  private inlineBlock(el: Element, style: Style, depth: number, room: number): InlineItem {
    const outside = horizontalOf(style);
    const { min, max } = this.intrinsic(el, style, depth);
    const width = style.width ?? Math.min(max, Math.max(min, room)) - outside;
    const content = this.blockContent(el.children, Math.max(1, width), style.inherited, depth, false);
    const height = boxHeight(style, content.height);
    const marginBox = height + style.margin.top + style.margin.bottom;
    // Its baseline is its last line's; without text, its bottom margin edge.
    const hasText = textOf(el).trim() !== '';
    const line = lineMetrics(style.inherited);
    const above = hasText ? style.margin.top + style.border.top + style.padding.top + content.height - line.descent : marginBox;
    return { kind: 'box', width: width + outside, ascent: above, descent: marginBox - above };
  }

  /** A block-level element: its border box and its margins (which may collapse with its first and last child's). */
  private block(el: Element, style: Style, available: number, depth: number): BlockBox {
    const outside = horizontalOf(style);
    const declared = style.width ?? (style.widthShare !== null ? style.widthShare * available - outside : null);
    let content: BlockBox;
    if (style.display === 'table') {
      // A table without a width is as wide as its content needs, up to the room there is.
      const width = declared ?? Math.min(this.intrinsic(el, style, depth).max, available) - outside;
      content = { height: this.table(el, style, Math.max(1, Math.min(width, style.maxWidth ?? Infinity)), depth), marginTop: 0, marginBottom: 0 };
    } else {
      // A declared width wider than the room overflows it: the lines are as long as declared.
      const width = Math.max(1, Math.min(declared ?? available - outside, style.maxWidth ?? Infinity));
      const opens = style.padding.top === 0 && style.border.top === 0 && !style.clips;
      const closes = style.padding.bottom === 0 && style.border.bottom === 0 && !style.clips && style.height === null;
      content = this.blockContent(el.children, width, style.inherited, depth, { top: opens, bottom: closes });
    }
    return {
      height: boxHeight(style, content.height),
      marginTop: collapseMargins(style.margin.top, content.marginTop),
      marginBottom: collapseMargins(style.margin.bottom, content.marginBottom),
    };
  }

  /** A table `width` px wide (its content box): its rows stacked, with the border spacing between and around them. */
  private table(el: Element, style: Style, width: number, depth: number): number {
    const rows = rowsOf(el);
    const caption = el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name.toLowerCase() === 'caption');
    let height = caption ? this.block(caption, this.styleOf(caption, style.inherited), width, depth + 1).height : 0;
    const spacing = style.borderSpacing;
    const grid = rows.map((row) => {
      const rowStyle = this.styleOf(row, style.inherited);
      const cells = rowStyle.display === 'none' ? [] : cellsOf(row).map((cell) => ({ cell, s: this.styleOf(cell, rowStyle.inherited) })).filter(({ s }) => s.display !== 'none');
      return { rowStyle, cells };
    });
    const columns = this.columnWidths(grid.map((r) => r.cells), width, spacing, depth);
    height += spacing;
    for (const { rowStyle, cells } of grid) {
      if (rowStyle.display === 'none' || (cells.length === 0 && rowStyle.height === null)) continue;
      let tallest = rowStyle.height ?? 0;
      let column = 0;
      for (const { cell, s } of cells) {
        const span = spanOf(cell);
        const cellWidth = columns.slice(column, column + span).reduce((a, w) => a + w, 0) + spacing * (span - 1);
        column += span;
        const contentWidth = Math.max(1, cellWidth - horizontalOf(s));
        const content = this.blockContent(cell.children, contentWidth, s.inherited, depth + 1, false);
        tallest = Math.max(tallest, boxHeight(s, content.height));
      }
      height += tallest + spacing;
    }
    return height;
  }

  /**
   * Column widths for an automatic table layout: a declared width is kept; otherwise each column
   * gets its max-content width when all fit, else its min-content width plus a share of the room
   * left in proportion to how much more it would take.
   */
  private columnWidths(rows: Array<Array<{ cell: Element; s: Style }>>, width: number, spacing: number, depth: number): number[] {
    const count = Math.max(0, ...rows.map((cells) => cells.reduce((n, { cell }) => n + spanOf(cell), 0)));
    if (count === 0) return [];
    const room = Math.max(0, width - spacing * (count + 1));
    const min = new Array<number>(count).fill(0);
    const max = new Array<number>(count).fill(0);
    const fixed = new Array<number | null>(count).fill(null);
    const spanning: Array<{ first: number; span: number; w: Intrinsic }> = [];
    for (const cells of rows) {
      let column = 0;
      for (const { cell, s } of cells) {
        const span = Math.min(spanOf(cell), count - column);
        const w = this.intrinsic(cell, s, depth + 1);
        if (span === 1) {
          const own = s.width !== null ? s.width + horizontalOf(s) : s.widthShare !== null ? s.widthShare * room : null;
          if (own !== null) fixed[column] = Math.max(fixed[column] ?? 0, own);
          min[column] = Math.max(min[column]!, w.min);
          max[column] = Math.max(max[column]!, w.max);
        } else if (span > 1) {
          spanning.push({ first: column, span, w });
        }
        column += span;
      }
    }
    // A cell across several columns widens them when they are narrower than it, in proportion to their content.
    for (const { first, span, w } of spanning) {
      for (const [widths, need] of [[min, w.min], [max, w.max]] as const) {
        const have = widths.slice(first, first + span).reduce((a, b) => a + b, 0) + spacing * (span - 1);
        if (need <= have) continue;
        const base = widths.slice(first, first + span).reduce((a, b) => a + b, 0);
        for (let i = first; i < first + span; i++) widths[i] = widths[i]! + (need - have) * (base > 0 ? widths[i]! / base : 1 / span);
      }
    }
    const out = max.map((m, i) => (fixed[i] !== null ? Math.max(fixed[i]!, min[i]!) : m));
    const flexible = out.map((_, i) => fixed[i] === null);
    const used = (widths: number[]) => widths.reduce((a, w) => a + w, 0);
    if (used(out) <= room) {
      // Room to spare: the columns without a declared width share it in proportion to their content.
      const extra = room - used(out);
      const weight = out.reduce((a, w, i) => a + (flexible[i] ? w : 0), 0);
      if (weight > 0) return out.map((w, i) => (flexible[i] ? w + (extra * w) / weight : w));
      const anyFlexible = flexible.filter(Boolean).length;
      return out.map((w, i) => (flexible[i] ? w + extra / anyFlexible : w + (anyFlexible ? 0 : extra / count)));
    }
    const floor = out.map((w, i) => (flexible[i] ? min[i]! : w));
    if (used(floor) >= room) return floor;
    const stretch = out.map((w, i) => (flexible[i] ? w - min[i]! : 0));
    const total = used(stretch);
    return floor.map((w, i) => w + (total > 0 ? ((room - used(floor)) * stretch[i]!) / total : 0));
  }

  /** Min-content and max-content widths of an element's margin box (computed once per element). */
  private intrinsic(el: Element, style: Style, depth: number): Intrinsic {
    const known = this.intrinsics.get(el);
    if (known) return known;
    const outside = horizontalOf(style);
    let inner: Intrinsic;
    if (style.width !== null) inner = { min: style.width, max: style.width };
    else if (depth > MAX_LAYOUT_DEPTH) inner = textIntrinsic(textItems(textOf(el), style.inherited));
    else if (style.display === 'table') {
      const cells = rowsOf(el).map((row) => cellsOf(row).map((cell) => this.intrinsic(cell, this.styleOf(cell, this.styleOf(row, style.inherited).inherited), depth + 1)));
      const columns = Math.max(0, ...cells.map((r) => r.length));
      const sum = (pick: (w: Intrinsic) => number) => Array.from({ length: columns }, (_, i) => Math.max(0, ...cells.map((r) => (r[i] ? pick(r[i]!) : 0)))).reduce((a, b) => a + b, 0);
      inner = { min: sum((w) => w.min) + style.borderSpacing * (columns + 1), max: sum((w) => w.max) + style.borderSpacing * (columns + 1) };
    } else {
      inner = { min: 0, max: 0 };
      let run: InlineItem[] = [];
      const takeRun = () => {
        const w = textIntrinsic(run);
        inner = { min: Math.max(inner.min, w.min), max: Math.max(inner.max, w.max) };
        run = [];
      };
      for (const entry of this.flow(el.children, style.inherited, depth, Infinity)) {
        if (entry.kind === 'inline') {
          run.push(...entry.items);
          continue;
        }
        takeRun();
        const w = this.intrinsic(entry.el, entry.style, depth + 1);
        inner = { min: Math.max(inner.min, w.min), max: Math.max(inner.max, w.max) };
      }
      takeRun();
    }
    const out = { min: inner.min + outside, max: inner.max + outside };
    this.intrinsics.set(el, out);
    return out;
  }
}

function computeStyle(el: Element, parent: Inherited, sheet: SimpleStyles): Style {
  const tag = el.name.toLowerCase();
  const own = sheet.declarationsFor(tag, el.attribs);
  const ua = UA_DECLS.get(tag) ?? NO_DECLS;
  const get = (prop: string): string | undefined => own.get(prop) ?? ua.get(prop);

  const font = parseFontShorthand(own.get('font'));
  const size = fontSize(own.get('font-size') ?? font?.size ?? ua.get('font-size'), parent.size);
  const lineHeight = own.get('line-height') ?? font?.lineHeight;
  const weight = own.get('font-weight') ?? font?.weight ?? get('font-weight');
  const whiteSpace = get('white-space');
  const inherited: Inherited = {
    size,
    lineHeight: lineHeight ? lineHeightOf(lineHeight, size, parent.lineHeight) : parent.lineHeight,
    face: faceOf(own.get('font-family') ?? font?.family ?? get('font-family'), parent.face),
    bold: weight ? /bold|[6-9]00/.test(weight) : parent.bold,
    pre: whiteSpace ? /^pre/.test(whiteSpace) : parent.pre,
  };

  const padding = sides(get, own, 'padding', size, CELLS.has(tag) ? cellPaddingOf(el) : null);
  const border = borderWidths(get, size);
  const borderBox = (get('box-sizing') ?? '').trim() === 'border-box';
  // A border-box size includes the padding and borders; the layout works with content boxes.
  const content = (v: number | null, a: number, b: number) => (v === null ? null : borderBox ? Math.max(0, v - a - b) : v);
  const widthValue = get('width') ?? attrLength(el.attribs['width']);
  const position = get('position');
  const overflow = get('overflow') ?? get('overflow-y');
  const hidden = NOT_RENDERED.has(tag) || el.attribs['hidden'] !== undefined;
  return {
    display: hidden ? 'none' : displayOf(get('display'), tag),
    inherited,
    margin: sides(get, own, 'margin', size, null),
    padding,
    border,
    width: content(length(widthValue, size), padding.left + border.left, padding.right + border.right),
    widthShare: percent(widthValue),
    maxWidth: content(length(get('max-width'), size), padding.left + border.left, padding.right + border.right),
    height: content(length(get('height') ?? attrLength(el.attribs['height']), size), padding.top + border.top, padding.bottom + border.bottom),
    maxHeight: content(length(get('max-height'), size), padding.top + border.top, padding.bottom + border.bottom),
    clips: !!overflow && overflow.trim() !== 'visible',
    outOfFlow: position === 'absolute' || position === 'fixed',
    borderSpacing: tag === 'table' ? borderSpacingOf(el, get) : 0,
  };
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.type !== 'tag') continue;
    const name = (c as Element).name.toLowerCase();
    if (name === 'tr') rows.push(c as Element);
    else if (ROW_GROUPS.has(name)) for (const r of (c as Element).children) if (r.type === 'tag' && (r as Element).name.toLowerCase() === 'tr') rows.push(r as Element);
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'tag' && CELLS.has((c as Element).name.toLowerCase()));
}

function spanOf(cell: Element): number {
  const n = Number(cell.attribs['colspan'] ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}

function horizontalOf(s: Style): number {
  return s.margin.left + s.margin.right + s.padding.left + s.padding.right + s.border.left + s.border.right;
}

/**
 * Lines of inline content broken greedily at spaces (and between CJK characters), `width` px
 * wide; their total height. Each line reaches from the highest ascent above the baseline to the
 * deepest descent below it, the block's own line (its strut) included.
 */
function lineHeights(items: InlineItem[], width: number, strut: { ascent: number; descent: number }): number {
  let total = 0;
  let lineWidth = 0;
  let ascent = strut.ascent;
  let descent = strut.descent;
  let content = false;
  let pendingSpace = 0;
  const end = () => {
    total += ascent + descent;
    lineWidth = 0;
    ascent = strut.ascent;
    descent = strut.descent;
    content = false;
    pendingSpace = 0;
  };
  for (const it of items) {
    if (it.kind === 'break') {
      ascent = Math.max(ascent, it.ascent);
      descent = Math.max(descent, it.descent);
      end();
      continue;
    }
    if (it.kind === 'space') {
      if (content) pendingSpace += it.width;
      continue;
    }
    // A browser breaks as soon as a line would be wider than the room, by any fraction of a pixel
    // (but not by a rounding error: content measured to fit, fits).
    if (content && lineWidth + pendingSpace + it.width > width + 0.01) end();
    lineWidth += (content ? pendingSpace : 0) + it.width;
    pendingSpace = 0;
    ascent = Math.max(ascent, it.ascent);
    descent = Math.max(descent, it.descent);
    content = true;
  }
  if (content) end();
  return total;
}

/** Min-content (the widest word or box) and max-content (the longest line) of inline content. */
function textIntrinsic(items: InlineItem[]): Intrinsic {
  let min = 0;
  let max = 0;
  let line = 0;
  let pendingSpace = 0;
  for (const it of items) {
    if (it.kind === 'break') {
      max = Math.max(max, line);
      line = 0;
      pendingSpace = 0;
    } else if (it.kind === 'space') {
      if (line > 0) pendingSpace += it.width;
    } else {
      min = Math.max(min, it.width);
      line += pendingSpace + it.width;
      pendingSpace = 0;
    }
  }
  return { min, max: Math.max(max, line) };
}

/**
 * A text node as words and spaces, with a line break for each newline where white space is kept.
 * A word is cut where a line may break inside it: at each CJK character, after a hyphen.
 */
function textItems(data: string, inh: Inherited): InlineItem[] {
  const latin = lineMetrics(inh);
  const cjk = lineMetrics(inh, CJK_LINE_HEIGHT);
  const out: InlineItem[] = [];
  const lines = inh.pre ? data.split('\n') : [data];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ kind: 'break', ...latin });
    const parts = line.split(/([ \t\r\n\f]+)/);
    parts.forEach((part, k) => {
      if (!part) return;
      if (/^[ \t\r\n\f]+$/.test(part)) {
        const blank = inh.pre ? part.replace(/\t/g, '        ').replace(/[\r\n\f]/g, '') : ' ';
        // With the kerning between the space and the letters on either side of it.
        const before = (parts[k - 1] ?? '').slice(-1);
        const after = (parts[k + 1] ?? '').slice(0, 1);
        const width = textWidth(before + blank + after, inh.face, inh.size, inh.bold) - textWidth(before, inh.face, inh.size, inh.bold) - textWidth(after, inh.face, inh.size, inh.bold);
        // Kept white space is content: a line of spaces alone is still a line.
        out.push(inh.pre ? { kind: 'word', width, ...latin } : { kind: 'space', width });
        return;
      }
      for (const word of part.split(CJK_SPLIT).flatMap((w) => w.split(BREAK_AFTER))) {
        if (word) out.push({ kind: 'word', width: textWidth(word, inh.face, inh.size, inh.bold), ...(CJK.test(word) ? cjk : latin) });
      }
    });
  });
  return out;
}

const CJK = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
/** Splits around each CJK character: a line may break before or after any of them. */
const CJK_SPLIT = /([\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60])/;
/** Where a word may break without a space, as Chromium breaks it: after a hyphen, an en dash or a question mark, around an em dash. */
const BREAK_AFTER = /(?<=[^\s][-?\u2013\u2014])(?=.)|(?<=.)(?=\u2014)/u;

function textOf(el: Element): string {
  let s = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') s += (n as Text).data;
    else if ('children' in n) for (let i = (n as Element).children.length - 1; i >= 0; i--) stack.push((n as Element).children[i]!);
  }
  return s;
}

/** A line's reach above and below its baseline, for text set with these inherited values. */
function lineMetrics(inh: Inherited, normal = NORMAL_LINE_HEIGHT): { ascent: number; descent: number } {
  const height = lineHeightPx(inh, normal);
  const below = BASELINE_BELOW_MIDDLE * inh.size;
  return { ascent: height / 2 + below, descent: height / 2 - below };
}

function lineHeightPx(inh: Inherited, normal = NORMAL_LINE_HEIGHT): number {
  if ('px' in inh.lineHeight) return inh.lineHeight.px;
  // "normal" is the face's own, which browsers round to whole pixels.
  return inh.lineHeight.factor === NORMAL_LINE_HEIGHT ? Math.round(normal * inh.size) : inh.lineHeight.factor * inh.size;
}

/**
 * Border box height: content, padding and borders; the declared height instead of the content's
 * (a table part's is a minimum), at most the max-height.
 */
function boxHeight(style: Style, content: number): number {
  let h = style.height === null ? content : style.display === 'table' || style.display === 'table-part' ? Math.max(content, style.height) : style.height;
  if (style.maxHeight !== null) h = Math.min(h, style.maxHeight);
  return h + style.padding.top + style.padding.bottom + style.border.top + style.border.bottom;
}

/** Two adjoining margins as one (the larger positive plus the most negative). */
function collapseMargins(a: number, b: number): number {
  return Math.max(a, b, 0) + Math.min(a, b, 0);
}

function displayOf(value: string | undefined, tag: string): Display {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'none') return 'none';
  if (v === 'block' || v === 'flex' || v === 'grid' || v === 'list-item' || v === 'flow-root') return 'block';
  if (v === 'inline-block' || v === 'inline-flex' || v === 'inline-grid' || v === 'inline-table') return 'inline-block';
  if (v === 'table') return 'table';
  if (v.startsWith('table-')) return 'table-part';
  if (v === 'inline' || v === 'contents') return 'inline';
  return tag === 'tr' || CELLS.has(tag) || ROW_GROUPS.has(tag) ? 'table-part' : 'inline';
}

/** `bold 12px/1.5 Arial` → its size, line height, weight and family. */
function parseFontShorthand(v: string | undefined): { size: string; lineHeight?: string; weight?: string; family?: string } | null {
  if (!v) return null;
  const m = /(?:^|\s)((?:\d*\.)?\d+(?:px|pt|em|rem|%)|xx-small|x-small|small|medium|large|x-large|xx-large)(?:\s*\/\s*(\S+))?\s+(.+)$/i.exec(v);
  if (!m) return null;
  const weight = /\b(bold|bolder|[6-9]00)\b/i.exec(v.slice(0, m.index))?.[1];
  return { size: m[1]!, ...(m[2] ? { lineHeight: m[2] } : {}), ...(weight ? { weight } : {}), family: m[3]! };
}

const SIZE_KEYWORDS: Record<string, number> = { 'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24, 'xx-large': 32 };

function fontSize(v: string | undefined, parent: number): number {
  if (!v) return parent;
  const t = v.trim().toLowerCase();
  if (t in SIZE_KEYWORDS) return SIZE_KEYWORDS[t]!;
  if (t === 'smaller') return parent / 1.2;
  if (t === 'larger') return parent * 1.2;
  const pct = percent(t);
  if (pct !== null) return parent * pct;
  const n = length(t, parent);
  return n === null ? parent : Math.max(0, n);
}

function lineHeightOf(v: string, size: number, parent: LineHeight): LineHeight {
  const t = v.trim().toLowerCase();
  if (t === 'normal') return { factor: NORMAL_LINE_HEIGHT };
  if (/^(\d*\.)?\d+$/.test(t)) return { factor: Number(t) };
  const pct = percent(t);
  if (pct !== null) return { px: pct * size };
  const px = length(t, size);
  return px === null ? parent : { px };
}

/** A CSS length in px (`em` against `size`); null for auto, percentages and anything else. */
function length(v: string | undefined, size: number): number | null {
  if (v === undefined) return null;
  const m = /^\s*(-?(?:\d*\.)?\d+)(px|pt|em|rem)?\s*$/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  switch ((m[2] ?? '').toLowerCase()) {
    case 'px':
      return n;
    case 'pt':
      return (n * 4) / 3;
    case 'em':
      return n * size;
    case 'rem':
      return n * MEDIUM;
    default:
      return n === 0 ? 0 : null;
  }
}

/** `40%` → 0.4. */
function percent(v: string | undefined): number | null {
  const m = v === undefined ? null : /^\s*((?:\d*\.)?\d+)%\s*$/.exec(v);
  return m ? Number(m[1]) / 100 : null;
}

/** The width or height attribute as a CSS value (a bare number is px). */
function attrLength(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.trim();
  return /^\d+(\.\d+)?$/.test(t) ? `${t}px` : /^\d+(\.\d+)?%$/.test(t) ? t : undefined;
}

/**
 * `padding` or `margin`, side by side (css-lite has expanded the shorthands). A cell's
 * cellpadding stands in for the default padding, under the cell's own.
 */
function sides(get: (prop: string) => string | undefined, own: ReadonlyMap<string, string>, prop: 'padding' | 'margin', size: number, hint: number | null): Sides {
  const side = (name: 'top' | 'right' | 'bottom' | 'left') => {
    const key = `${prop}-${name}`;
    const v = hint !== null && !own.has(key) ? undefined : get(key);
    return v === undefined ? hint ?? 0 : length(v, size) ?? 0;
  };
  return { top: side('top'), right: side('right'), bottom: side('bottom'), left: side('left') };
}

/** Border widths, side by side (a border with no style, or none, takes no room). */
function borderWidths(get: (prop: string) => string | undefined, size: number): Sides {
  const widthIn = (v: string | undefined): number => {
    if (v === undefined || /\b(none|hidden)\b/.test(v)) return 0;
    let width: number | null = null;
    for (const part of v.trim().split(/\s+/)) {
      const n = length(part, size);
      if (n !== null) width = n;
      else if (part === 'thin') width = 1;
      else if (part === 'medium') width = 3;
      else if (part === 'thick') width = 5;
    }
    return width ?? (/solid|dashed|dotted|double|groove|ridge|inset|outset/.test(v) ? 3 : 0);
  };
  return { top: widthIn(get('border-top')), right: widthIn(get('border-right')), bottom: widthIn(get('border-bottom')), left: widthIn(get('border-left')) };
}

/** The cellpadding of the table a cell belongs to. */
function cellPaddingOf(cell: Element): number | null {
  for (let p = cell.parent; p; p = p.parent) {
    if (p.type === 'tag' && (p as Element).name.toLowerCase() === 'table') {
      const v = (p as Element).attribs['cellpadding'];
      return v !== undefined && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
    }
  }
  return null;
}

/** Space between cells and around them: CSS border-spacing, else cellspacing; none when borders collapse. */
function borderSpacingOf(table: Element, get: (prop: string) => string | undefined): number {
  if ((get('border-collapse') ?? '').trim() === 'collapse') return 0;
  const css = get('border-spacing');
  if (css !== undefined) return length(css.trim().split(/\s+/).pop(), MEDIUM) ?? 0;
  const attr = table.attribs['cellspacing'];
  if (attr !== undefined && /^\s*\d+\s*$/.test(attr)) return Number(attr);
  return 2;
}

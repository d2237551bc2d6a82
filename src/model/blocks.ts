import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Directive, Emphasis, ImageRef, Link, Location, Span } from '../types.js';
import { LineIndex } from '../input/lines.js';
import {
  HEADING_SIZES, background, dimension, fontSizePx, isBold, isHidden, legacyFontSize, looksLikeButton, parseStyle,
  type Attributes,
} from './style.js';

/** Elements that start a new visible block. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'td', 'th', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'center', 'hr', 'dl', 'dt', 'dd',
  'form', 'fieldset', 'figure', 'figcaption', 'address', 'body', 'html',
  'mj-text', 'mj-button', 'mj-section', 'mj-column', 'mj-hero', 'mj-wrapper', 'mj-group', 'mj-table', 'mj-navbar',
  'mj-accordion-title', 'mj-accordion-text', 'mj-social', 'mj-body', 'mj-raw', 'mj-carousel', 'mj-divider',
]);

/** Elements whose content is never visible text. */
const INVISIBLE_TAGS = new Set([
  'head', 'style', 'script', 'title', 'noscript', 'template', 'meta', 'link', 'object', 'iframe', 'svg', 'xml',
  'mj-head', 'mj-style', 'mj-attributes', 'mj-font', 'mj-breakpoint', 'mj-title', 'mj-html-attributes',
]);

interface Context extends Emphasis {
  link: LinkBuilder | null;
  footerHint: boolean;
}

interface LinkBuilder {
  href: string;
  text: string[];
  button: boolean;
  offset: number;
  startBlock: number;
}

export interface BlockExtraction {
  blocks: Block[];
  links: Link[];
  images: ImageRef[];
  preheader: Span | null;
  /** Blocks that sit in an element marked as footer (class/id/tag). */
  footerHinted: Set<number>;
  directives: Directive[];
}

const DIRECTIVE = /^\s*graylint-(disable-next-block|disable|enable)\b([\s\S]*)$/;

function parseDirective(text: string, offset: number, at: (o: number) => { line: number; column: number }): Directive | null {
  const m = DIRECTIVE.exec(text);
  if (!m) return null;
  const [rulesPart, ...reason] = m[2]!.split(/\s--\s?/);
  const rules = (rulesPart ?? '').split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, reason: reason.join(' -- ').trim(), offset, ...at(offset) };
}

/**
 * Walks the parsed markup in document order and cuts the visible text into blocks, each with the
 * emphasis a reader sees (heading, font size, weight, background, button styling).
 */
export function extractBlocks(markup: string, part: string | undefined): BlockExtraction {
  // htmlparser2 directly (the parser cheerio uses in its fast mode): we only walk the tree, so
  // cheerio's query API would be pure overhead on the hot path.
  const doc = parseDocument(markup, { xmlMode: false, withStartIndices: true, decodeEntities: true, recognizeSelfClosing: true });
  const lines = new LineIndex(markup);
  const locate = (offset: number, scope: Location['scope'] = 'body'): Location => {
    const lc = lines.at(offset);
    return part ? { scope, line: lc.line, column: lc.column, part } : { scope, line: lc.line, column: lc.column };
  };

  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const links: Link[] = [];
  const images: ImageRef[] = [];
  const footerHinted = new Set<number>();
  let preheader: Span | null = null;

  let parts: string[] = [];
  let blockStart = -1;
  let blockCtx: Context | null = null;
  let maxFont: number | null = null;
  let chars = 0;

  const flush = (tag: string) => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text && blockCtx) {
      const index = blocks.length;
      blocks.push({
        index,
        text,
        tag,
        charOffset: chars,
        emphasis: {
          headingLevel: blockCtx.headingLevel,
          fontSize: maxFont,
          bold: blockCtx.bold,
          background: blockCtx.background,
          button: blockCtx.button,
        },
        navigation: false,
        inFooter: false,
        location: locate(blockStart),
      });
      if (blockCtx.footerHint) footerHinted.add(index);
      chars += text.length;
    }
    parts = [];
    blockStart = -1;
    blockCtx = null;
    maxFont = null;
  };

  const addText = (raw: string, offset: number, ctx: Context) => {
    if (!raw || ctx.fontSize === 0) return;
    if (blockStart < 0 && raw.trim()) {
      blockStart = offset + (raw.length - raw.trimStart().length);
      blockCtx = ctx;
    }
    if (raw.trim() && ctx.fontSize !== null) maxFont = Math.max(maxFont ?? 0, ctx.fontSize);
    if (raw.trim() && ctx.bold && blockCtx) blockCtx = { ...blockCtx, bold: true };
    parts.push(raw);
    ctx.link?.text.push(raw);
  };

  const walk = (node: AnyNode, ctx: Context, currentTag: string) => {
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data, node.startIndex ?? 0, ctx);
      return;
    }
    if (node.type === 'comment') {
      const d = parseDirective((node as unknown as { data: string }).data, node.startIndex ?? 0, (o) => lines.at(o));
      if (d) directives.push(d);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (tag === 'mj-head') {
      // Nothing in mj-head is visible, but mj-preview there is the inbox preheader.
      const preview = el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name.toLowerCase() === 'mj-preview');
      if (preview) walk(preview, ctx, currentTag);
      return;
    }
    if (INVISIBLE_TAGS.has(tag) || node.type !== 'tag') return;
    const attrs = el.attribs as Attributes;
    const style = parseStyle(attrs['style']);

    if (tag === 'mj-preview') {
      const text = textOf(el);
      if (text && !preheader) preheader = { text, location: locate(el.startIndex ?? 0, 'preheader') };
      return;
    }
    if (isHidden(attrs, style)) {
      // A hidden block before any visible text, or one marked as such, is the inbox preheader.
      const marked = /preheader|preview|pre-header|preheader/i.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`);
      if (!preheader && (marked || blocks.length === 0)) {
        const text = textOf(el);
        if (text.length >= 3) preheader = { text, location: locate(el.startIndex ?? 0, 'preheader') };
      }
      return;
    }
    if (tag === 'img' || tag === 'mj-image') {
      const width = dimension(attrs['width'] ?? style.get('width'));
      const height = dimension(attrs['height'] ?? style.get('height'));
      if ((width !== null && width <= 2) || (height !== null && height <= 2)) return; // tracking pixel
      images.push({
        src: attrs['src'] ?? '',
        alt: (attrs['alt'] ?? attrs['title'] ?? '').replace(/\s+/g, ' ').trim(),
        width,
        height,
        blockIndex: blocks.length,
        charOffset: chars,
        location: locate(el.startIndex ?? 0),
      });
      if (tag === 'mj-image' && attrs['href']) {
        links.push({ href: attrs['href'], text: attrs['alt'] ?? '', button: false, blockIndex: blocks.length, location: locate(el.startIndex ?? 0, 'cta') });
      }
      return;
    }
    if (tag === 'br') {
      parts.push(' ');
      return;
    }

    const next: Context = { ...ctx };
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      next.headingLevel = Number(heading[1]);
      next.fontSize = HEADING_SIZES[next.headingLevel]!;
      next.bold = true;
    }
    const fs = fontSizePx(style.get('font-size') ?? attrs['font-size'], ctx.fontSize) ?? (tag === 'font' ? legacyFontSize(attrs['size']) : null);
    if (fs !== null) next.fontSize = fs;
    if (isBold(tag, style) || attrs['font-weight'] === 'bold' || Number(attrs['font-weight']) >= 600) next.bold = true;
    const bg = background(attrs, style);
    if (bg) next.background = bg;
    if (looksLikeButton(tag, attrs, style)) next.button = true;
    if (/footer/i.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`) || tag === 'footer') next.footerHint = true;

    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush(currentTag);
    const blockTag = isBlock ? tag : currentTag;

    const href = tag === 'a' || tag === 'mj-button' || tag === 'mj-navbar-link' || tag === 'mj-social-element' ? attrs['href'] : undefined;
    if (href !== undefined) {
      next.link = { href: href.trim(), text: [], button: next.button || tag === 'mj-button', offset: el.startIndex ?? 0, startBlock: blocks.length };
    }

    for (const child of el.children) walk(child, next, blockTag);

    if (next.link && next.link !== ctx.link) {
      const l = next.link;
      links.push({
        href: l.href,
        text: l.text.join('').replace(/\s+/g, ' ').trim(),
        button: l.button,
        blockIndex: l.startBlock,
        location: locate(l.offset, l.button ? 'cta' : 'body'),
      });
    }
    if (isBlock) flush(tag);
  };

  const root: Context = { headingLevel: 0, fontSize: null, bold: false, background: null, button: false, link: null, footerHint: false };
  for (const child of doc.children) walk(child, root, 'body');
  flush('body');
  markNavigation(blocks, links);
  return { blocks, links, images, preheader, footerHinted, directives };
}

function textOf(el: Element): string {
  const out: string[] = [];
  const visit = (n: AnyNode) => {
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if (n.type === 'tag') for (const c of (n as Element).children) visit(c);
  };
  visit(el);
  return out.join(' ').replace(/[\s\u200b-\u200d\u034f\u00ad\ufeff]+/g, ' ').trim();
}

/** A block made only of several short links (and separators) is site navigation, not content. */
function markNavigation(blocks: Block[], links: Link[]): void {
  const byBlock = new Map<number, Link[]>();
  for (const l of links) {
    const list = byBlock.get(l.blockIndex) ?? [];
    list.push(l);
    byBlock.set(l.blockIndex, list);
  }
  for (const b of blocks) {
    const ls = byBlock.get(b.index);
    if (!ls || ls.length < 2) continue;
    if (ls.some((l) => l.button || l.text.split(/\s+/).length > 3)) continue;
    const rest = ls.reduce((t, l) => t.replace(l.text, ''), b.text);
    if (/^[\s|•·\-–—/]*$/.test(rest)) b.navigation = true;
  }
}

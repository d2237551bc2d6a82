import type { AnyNode, Element } from 'domhandler';
import type { Block, Directive, Emphasis, HiddenHow, HiddenSpan, ImageRef, LimitReached, Link, Location, Span } from '../types.js';
import { DEFAULT_LIMITS, LimitLog, type Limits } from '../limits.js';
import { LineIndex } from '../input/lines.js';
import {
  HEADING_SIZES, background, dimension, fontSizePx, hiddenHow, isBold, legacyFontSize, looksLikeButton, parseStyle,
  type Attributes,
} from './style.js';
import { BLACK, INVISIBLE_CONTRAST, WHITE, colourInBackground, contrast, hasBackgroundImage, parseColour, type Rgba } from './colour.js';
import { parseBounded } from './html-parse.js';
import { readAttributes } from './element-attributes.js';
import { BlockSink, type RawPart } from './block-sink.js';
import { visibleText } from './visible-text.js';
import { collapseSpaces } from './spaces.js';

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

/** Elements that belong in <head> (the HTML standard's "in head" insertion mode): nothing else stays there. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'basefont', 'bgsound', 'noframes', 'noscript', 'template']);

interface Context extends Emphasis {
  link: LinkBuilder | null;
  footerHint: boolean;
  /** Text colour that applies, null when it cannot be known (a stylesheet class, a link's default). */
  colour: Rgba | null;
  /** Background the text sits on, null when it cannot be known (an image, a stylesheet class). */
  paper: Rgba | null;
  /** Text here is hidden by its size or colour (it is recorded in `hidden`). */
  hide: HideGroup | null;
}

/** A field-by-field copy: one object shape for every context (a spread per element was a hot spot). */
function copyContext(c: Context): Context {
  return {
    headingLevel: c.headingLevel, fontSize: c.fontSize, bold: c.bold, background: c.background, button: c.button,
    link: c.link, footerHint: c.footerHint, colour: c.colour, paper: c.paper, hide: c.hide,
  };
}

/** One run of hidden-by-style text: everything below the element where the hiding starts. */
interface HideGroup {
  how: HiddenHow;
  offset: number;
  parts: string[];
  chars: number;
  /** Starts near the top (PREVIEW_ZONE_CHARS): inbox preview text, not hidden content. */
  preheaderLike: boolean;
}

interface LinkBuilder {
  href: string;
  text: string[];
  chars: number;
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
  /** Text the reader does not see (not the preheader), in document order. */
  hidden: HiddenSpan[];
  limitsReached: LimitReached[];
}

const DIRECTIVE = /^\s*graylint-(disable-next-block|disable|enable)\b([\s\S]*)$/;

function parseDirective(text: string, offset: number, at: (o: number) => { line: number; column: number }): Directive | null {
  const m = DIRECTIVE.exec(text.length > 4000 ? text.slice(0, 4000) : text);
  if (!m) return null;
  const [rulesPart, ...reason] = m[2]!.split(/\s--\s?/);
  const rules = (rulesPart ?? '').split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, reason: reason.join(' -- ').trim(), offset, ...at(offset) };
}

/** Elements whose text colour is not inherited (a link is blue unless styled) or whose background is drawn by the client. */
const OWN_COLOUR_TAGS = new Set(['a', 'button', 'mj-button', 'mj-navbar-link', 'mj-social-element']);
/** A class or id that marks an element as the footer. */
const FOOTER_NAME = /footer/i;
/** Visible characters before which hidden text still counts as the inbox preview text. */
const PREVIEW_ZONE_CHARS = 100;
const OWN_PAPER_TAGS = new Set(['button', 'mj-button', 'mj-hero', 'mj-social-element', 'input', 'select', 'textarea']);

/**
 * Walks the parsed markup in document order and cuts the visible text into blocks, each with the
 * emphasis a reader sees (heading, font size, weight, background, button styling). Text hidden
 * from the reader is recorded in `hidden`. Every collection is bounded by `limits`; a limit that
 * applies is listed in `limitsReached` with what was not read.
 */
export function extractBlocks(markup: string, part: string | undefined, limits: Limits = { ...DEFAULT_LIMITS }): BlockExtraction {
  const log = new LimitLog(limits);
  const lines = new LineIndex(markup);
  const locate = (offset: number, scope: Location['scope'] = 'body'): Location => {
    const lc = lines.at(offset);
    return part ? { scope, line: lc.line, column: lc.column, part } : { scope, line: lc.line, column: lc.column };
  };
  const fmt = (n: number) => n.toLocaleString('en-US');

  // htmlparser2 directly (the parser cheerio uses in its fast mode), with node and depth budgets.
  const parsed = parseBounded(markup, limits.maxHtmlNodes, limits.maxHtmlDepth);
  if (parsed.stopped) {
    const at = locate(parsed.stopped.offset);
    if (parsed.stopped.why === 'depth') log.hit('maxHtmlDepth', `the markup from line ${at.line} on (elements nested more than ${fmt(limits.maxHtmlDepth)} deep)`, at);
    else log.hit('maxHtmlNodes', `the markup from line ${at.line} on (after the first ${fmt(limits.maxHtmlNodes)} HTML nodes)`, at);
  }
  const doc = parsed.doc;

  const sink = new BlockSink(log, (o) => locate(o));
  const blocks = sink.blocks;
  const directives: Directive[] = [];
  const links: Link[] = [];
  const images: ImageRef[] = [];
  const footerHinted = new Set<number>();
  const groups: HideGroup[] = [];
  let preheader: Span | null = null;

  // A stylesheet that paints backgrounds or text through classes makes colours below a classed
  // element unknowable from inline styles alone: hidden-by-colour is then only judged on inline facts.
  const sheet = stylesheetPaints(doc);

  let parts: RawPart[] = [];
  let pending = 0;
  /** The visible-text budget ran out: nothing after this point is read. */
  let full = false;
  let blockStart = -1;
  let blockCtx: Context | null = null;
  let maxFont: number | null = null;
  /** Line breaks since the last visible text: two in a row end the block. */
  let breaks = 0;

  const flush = (tag: string) => {
    if (parts.length && blockCtx && !sink.halted) {
      const ctx: Context = blockCtx;
      const font = maxFont;
      const made = sink.add({
        parts,
        start: blockStart,
        tag,
        emphasis: () => ({ headingLevel: ctx.headingLevel, fontSize: font, bold: ctx.bold, background: ctx.background, button: ctx.button }),
      });
      if (ctx.footerHint) for (const i of made) footerHinted.add(i);
    }
    parts = [];
    pending = 0;
    blockStart = -1;
    blockCtx = null;
    maxFont = null;
  };

  const addText = (raw: string, offset: number, ctx: Context) => {
    if (!raw) return;
    const hide = ctx.hide;
    if (hide) {
      if (hide.chars < limits.maxBlockChars) {
        const take = raw.slice(0, limits.maxBlockChars - hide.chars);
        hide.parts.push(take);
        hide.chars += take.length;
      }
      // Text of zero size is not visible text at all; text in the background colour or in a
      // tiny font stays in the blocks as before (what the laws judge is what the message carries).
      if (hide.how === 'font-size:0') return;
    }
    if (ctx.fontSize === 0) return;
    // Visible-text budget: stop collecting once the blocks so far and this one fill it.
    const room = limits.maxTextChars - sink.chars - pending;
    if (room <= 0) {
      if (/\S/.test(raw)) {
        log.hit('maxTextChars', `visible text after the first ${fmt(limits.maxTextChars)} characters`, locate(offset));
        full = true;
      }
      return;
    }
    let text = raw;
    if (raw.length > room) {
      // The rest of this text node is past the budget (counted before blanks are collapsed).
      text = raw.slice(0, room);
      log.hit('maxTextChars', `visible text after the first ${fmt(limits.maxTextChars)} characters`, locate(offset + room));
      full = true;
    }
    const nonBlank = /\S/.test(text);
    if (nonBlank) breaks = 0;
    if (blockStart < 0 && nonBlank) {
      blockStart = offset + (text.length - text.trimStart().length);
      blockCtx = ctx;
    }
    if (nonBlank && ctx.fontSize !== null) maxFont = Math.max(maxFont ?? 0, ctx.fontSize);
    if (nonBlank && ctx.bold && blockCtx) {
      blockCtx = copyContext(blockCtx);
      blockCtx.bold = true;
    }
    parts.push({ raw: text, offset });
    pending += text.length;
    if (ctx.link && ctx.link.chars < limits.maxBlockChars) {
      const take = text.slice(0, limits.maxBlockChars - ctx.link.chars);
      ctx.link.text.push(take);
      ctx.link.chars += take.length;
    }
  };

  const boundAttrs = (el: Element): Attributes =>
    readAttributes(el.attribs, limits.maxAttributeChars, (k, v) => {
      // An inline image's data: URL is only ever shortened, never read: no need to report it.
      if (!(k === 'src' && v.startsWith('data:'))) {
        log.hit('maxAttributeChars', `the rest of a ${fmt(v.length)}-character ${k}="…" attribute`, locate(el.startIndex ?? 0));
      }
    });

  const walk = (node: AnyNode, ctx: Context, currentTag: string) => {
    if (sink.halted || full) return;
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data, node.startIndex ?? 0, ctx);
      return;
    }
    if (node.type === 'comment') {
      const d = parseDirective((node as unknown as { data: string }).data, node.startIndex ?? 0, (o) => lines.at(o));
      if (d) {
        if (directives.length < limits.maxDirectives) directives.push(d);
        else log.hit('maxDirectives', `graylint directives after the first ${fmt(limits.maxDirectives)} (their findings stay reported)`, locate(d.offset));
      }
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
    if (tag === 'head') {
      // A head left open (<head><title>…</title><div>Hello…</div>, no </head> nor <body>) holds the
      // whole message for a parser that does not repair HTML; a browser closes the head at the first
      // element that cannot be in it and shows the rest as the body (the HTML standard's "in head"
      // insertion mode). So does this walk: the head's own elements stay unread, anything else is read.
      for (const child of el.children) {
        if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
          if (HEAD_CONTENT.has((child as Element).name.toLowerCase())) continue;
        }
        walk(child, ctx, currentTag);
      }
      return;
    }
    if (INVISIBLE_TAGS.has(tag) || node.type !== 'tag') return;
    const attrs = boundAttrs(el);
    const style = parseStyle(attrs['style']);

    if (tag === 'mj-preview') {
      const text = textOf(el, limits.maxBlockChars);
      if (text && !preheader) preheader = { text, location: locate(el.startIndex ?? 0, 'preheader') };
      return;
    }
    const how = hiddenHow(attrs, style);
    if (how) {
      // A hidden block before any visible text, or one marked as such, is the inbox preheader.
      const marked = /preheader|preview|pre-header|preheader/i.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`);
      const text = textOf(el, limits.maxBlockChars);
      if (!preheader && (marked || blocks.length === 0)) {
        if (text.length >= 3) {
          preheader = { text, location: locate(el.startIndex ?? 0, 'preheader') };
          return;
        }
      }
      if (!nearTop() && /[\p{L}\p{N}]/u.test(text)) sink.addHidden({ how, text, location: locate(el.startIndex ?? 0) });
      return;
    }
    if (tag === 'img' || tag === 'mj-image') {
      const width = dimension(attrs['width'] ?? style.get('width'));
      const height = dimension(attrs['height'] ?? style.get('height'));
      if ((width !== null && width <= 2) || (height !== null && height <= 2)) return; // tracking pixel
      if (images.length >= limits.maxImages) {
        log.hit('maxImages', `images after the first ${fmt(limits.maxImages)}`, locate(el.startIndex ?? 0));
        return;
      }
      images.push({
        src: attrs['src'] ?? '',
        alt: collapseSpaces(visibleText(attrs['alt'] ?? attrs['title'] ?? '').text),
        width,
        height,
        blockIndex: blocks.length,
        charOffset: sink.chars,
        location: locate(el.startIndex ?? 0),
      });
      if (tag === 'mj-image' && attrs['href']) addLink({ href: attrs['href'], text: attrs['alt'] ?? '', button: false, blockIndex: blocks.length, offset: el.startIndex ?? 0, location: locate(el.startIndex ?? 0, 'cta') });
      return;
    }
    if (tag === 'br') {
      // Two line breaks in a row end a paragraph ("Your order has shipped.<br><br>You may also
      // like…"), as a blank line does in text: what follows is a block of its own.
      if (++breaks >= 2 && parts.length) {
        flush(currentTag);
        return;
      }
      if (parts.length) parts.push({ raw: ' ', offset: el.startIndex ?? 0 });
      return;
    }

    const next = copyContext(ctx);
    // h1…h6, without a regex per element.
    const level = tag.length === 2 && tag.charCodeAt(0) === 104 ? tag.charCodeAt(1) - 48 : 0;
    if (level >= 1 && level <= 6) {
      next.headingLevel = level;
      next.fontSize = HEADING_SIZES[next.headingLevel]!;
      next.bold = true;
    }
    const fs = fontSizePx(style.get('font-size') ?? attrs['font-size'], ctx.fontSize) ?? (tag === 'font' ? legacyFontSize(attrs['size']) : null);
    if (fs !== null) next.fontSize = fs;
    if (isBold(tag, style) || attrs['font-weight'] === 'bold' || Number(attrs['font-weight']) >= 600) next.bold = true;
    const bg = background(attrs, style);
    if (bg) next.background = bg;
    if (looksLikeButton(tag, attrs, style)) next.button = true;
    const classed = !!(attrs['class'] || attrs['id']);
    // (class and id read one at a time: "footer" has no blank, so it never spans the two.)
    if ((classed && (FOOTER_NAME.test(attrs.class ?? '') || FOOTER_NAME.test(attrs.id ?? ''))) || tag === 'footer') next.footerHint = true;

    // ---- colour and background, for text drawn in the colour of its background ----
    // Inline styles and MJML attributes win over a stylesheet class; bgcolor and color="…"
    // (presentational attributes) lose to it.
    const colourDecl = style.get('background-color') ?? attrs['background-color'] ?? attrs['container-background-color'];
    const shorthand = style.get('background');
    const bgcolor = classed && sheet.backgrounds ? undefined : attrs['bgcolor'];
    const declared = colourDecl ?? shorthand ?? bgcolor;
    if (hasBackgroundImage(attrs, style)) next.paper = null;
    else if (declared !== undefined) {
      const paper = colourDecl === undefined && shorthand !== undefined ? colourInBackground(shorthand) : parseColour(declared);
      if (paper) {
        if (paper[3] >= 0.99) next.paper = paper;
        else if (paper[3] > 0) next.paper = null; // translucent: depends on what is below
        // fully transparent: the parent's background shows through
      } else if (!/^\s*(?:none|inherit|initial|unset|transparent)?\s*$/i.test(declared)) next.paper = null;
    } else if (OWN_PAPER_TAGS.has(tag) || (classed && sheet.backgrounds)) next.paper = null;
    const inlineColour = style.get('color');
    const colourValue = inlineColour ?? (classed && sheet.colours ? undefined : attrs['color']);
    const colour = parseColour(colourValue);
    if (colour) next.colour = colour;
    else if (colourValue !== undefined || OWN_COLOUR_TAGS.has(tag) || (classed && sheet.colours)) next.colour = null;
    next.hide = hideFor(next, ctx, el.startIndex ?? 0);

    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush(currentTag);
    const blockTag = isBlock ? tag : currentTag;

    // A <button href> is no HTML, but a React Email <Button> is a link styled as a button.
    const href = tag === 'a' || tag === 'mj-button' || tag === 'mj-navbar-link' || tag === 'mj-social-element' || tag === 'button' ? attrs['href'] : undefined;
    if (href !== undefined) {
      next.link = { href: href.trim(), text: [], chars: 0, button: next.button || tag === 'mj-button' || tag === 'button', offset: el.startIndex ?? 0, startBlock: blocks.length };
    }

    for (const child of el.children) {
      if (sink.halted || full) break;
      walk(child, next, blockTag);
    }

    if (next.link && next.link !== ctx.link) {
      const l = next.link;
      addLink({
        href: l.href,
        text: collapseSpaces(visibleText(l.text.join('')).text),
        button: l.button,
        blockIndex: l.startBlock,
        location: locate(l.offset, l.button ? 'cta' : 'body'),
        offset: l.offset,
      });
    }
    if (isBlock) flush(tag);
  };

  /**
   * Hidden text this close to the top is the inbox preview text (often placed after a short
   * "View in browser" line): the inbox shows it, so it is not hidden content.
   */
  const nearTop = () => sink.chars + pending <= PREVIEW_ZONE_CHARS;

  const addLink = (link: Link) => {
    if (links.length < limits.maxLinks) links.push(link);
    else log.hit('maxLinks', `links after the first ${fmt(limits.maxLinks)}`, link.location);
  };

  /** The hiding by size or colour in force for an element's text, continuing the parent's group when it is the same. */
  const hideFor = (next: Context, ctx: Context, offset: number): HideGroup | null => {
    let how: HiddenHow | null = null;
    if (next.fontSize === 0) how = 'font-size:0';
    else if (next.fontSize !== null && next.fontSize < 2) how = 'tiny font';
    else if (next.colour && next.colour[3] < 0.1) how = 'transparent text';
    else if (next.colour && next.paper && contrast(next.colour, next.paper) < INVISIBLE_CONTRAST) how = 'colour of the background';
    if (!how) return null;
    if (ctx.hide && ctx.hide.how === how) return ctx.hide;
    const group: HideGroup = { how, offset, parts: [], chars: 0, preheaderLike: nearTop() };
    groups.push(group);
    return group;
  };

  const root: Context = {
    headingLevel: 0, fontSize: null, bold: false, background: null, button: false, link: null, footerHint: false,
    colour: BLACK, paper: sheet.backgrounds ? null : WHITE, hide: null,
  };
  for (const child of doc.children) {
    if (sink.halted || full) break;
    walk(child, root, 'body');
  }
  flush('body');
  markNavigation(blocks, links);

  // Hidden-by-style runs, in document order with the display:none ones.
  for (const g of groups) {
    if (g.preheaderLike) continue;
    const text = collapseSpaces(visibleText(g.parts.join(' ')).text);
    if (/[\p{L}\p{N}]/u.test(text)) sink.addHidden({ how: g.how, text, location: locate(g.offset) });
  }
  const hidden = [...sink.hidden].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  return { blocks, links, images, preheader, footerHinted, directives, hidden, limitsReached: log.reached };
}

/** Visible text of an element (for preheaders and hidden elements): iterative, at most `max` characters. */
function textOf(el: Element, max: number): string {
  const out: string[] = [];
  let chars = 0;
  const stack: AnyNode[] = [el];
  while (stack.length && chars < max) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      out.push(data);
      chars += data.length;
    } else if (n.type === 'tag') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  const joined = out.join(' ');
  return visibleText(joined.length > max ? joined.slice(0, max) : joined).text.replace(/[\s\u200b-\u200d\u034f\u00ad\ufeff]+/g, ' ').trim();
}

/** Whether <style> elements paint backgrounds or text colours (through classes we do not resolve). */
function stylesheetPaints(doc: { children: AnyNode[] }): { backgrounds: boolean; colours: boolean } {
  let css = '';
  const stack: AnyNode[] = [...doc.children].reverse();
  let visited = 0;
  while (stack.length && visited++ < 5000 && css.length < 256 * 1024) {
    const n = stack.pop()!;
    if (n.type === 'style' || (n.type === 'tag' && (n as Element).name.toLowerCase() === 'mj-style')) {
      for (const c of (n as Element).children) if (c.type === 'text') css += (c as unknown as { data: string }).data.slice(0, 64 * 1024);
      continue;
    }
    if (n.type === 'tag' || n.type === 'root') {
      const children = (n as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return { backgrounds: /background/i.test(css), colours: /(?:^|[^-\w])color\s*:/i.test(css) };
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

// Turns message markup into a document that is safe to show in the report's sandboxed iframe:
// nothing that runs, submits, navigates or loads from the network survives.
//
// The iframe's empty `sandbox` attribute already forbids scripts, forms, popups and same-origin
// access, and both the report and this document carry a Content-Security-Policy that allows no
// network loads; this pass is the third layer, and it is what the tests check.
//
// The message is parsed as the model parses it (htmlparser2, with the same node and depth limits),
// so the report shows what `check` read and stops where it stopped. The tree is walked with an
// explicit stack, never recursion, and written back out canonically: every text escaped, every
// attribute value quoted, only plain tag and attribute names. The browser therefore parses back
// exactly the elements and attributes written here, whatever the original markup's tricks
// (a "</style>" in an attribute, a "<noscript>" that a parser reads two ways): there is no second
// interpretation to exploit. Every step is linear in the markup, attributes included.

import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { DEFAULT_LIMITS, type Limits } from '../../limits.js';
import { parseBounded } from '../../model/html-parse.js';
import { attributeText, escapeText, isSafeAttributeName, isSafeTagName, VOID_ELEMENTS } from './markup.js';

/** Elements removed with everything inside them. */
const REMOVE = new Set([
  'script', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset', 'portal', 'fencedframe', 'base', 'link', 'noscript',
  'noembed', 'noframes', 'template', 'svg', 'math', 'video', 'audio', 'source', 'track', 'param', 'canvas', 'xml', 'dialog',
  'mj-head', 'mj-style', 'mj-attributes', 'mj-title', 'mj-preview', 'mj-font', 'mj-breakpoint', 'mj-html-attributes',
]);
/**
 * Elements removed but whose content is kept. xmp and plaintext would make a browser show the
 * escaped text that follows them literally (and plaintext everything to the end).
 */
const UNWRAP = new Set(['form', 'picture', 'xmp', 'plaintext']);
/** Elements shown as a grey box of their size instead of loading anything. */
const IMAGES = new Set(['img', 'image', 'mj-image', 'input']);
/** Attributes that load, submit or navigate. */
const DROP_ATTRS = new Set([
  'src', 'srcset', 'lowsrc', 'dynsrc', 'background', 'poster', 'action', 'formaction', 'ping', 'manifest', 'codebase',
  'data', 'xlink:href', 'srcdoc', 'http-equiv', 'target', 'download', 'integrity', 'background-url', 'usemap', 'archive',
  'classid', 'longdesc', 'cite', 'profile', 'itemtype', 'attributionsrc', 'popovertarget', 'autofocus', 'nonce',
]);
const LINKABLE_SCHEME = /^\s*(https?:|mailto:|tel:)/i;
/** The frame's own policy: nothing fetched, no script. */
const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface SanitizeOptions {
  /** Attribute value that marks report-inserted data-gl-* attributes as genuine. */
  nonce: string;
  /** CSS appended at the end of the body (report outlines); it is trusted. */
  css: string;
  /** MJML source: give mj-* elements a basic block layout. */
  mjml?: boolean;
  /** The limits the message was checked with (default: DEFAULT_LIMITS). */
  limits?: Limits;
}

/** Part of the message the rendering leaves out because a limit applied. */
export interface LeftOut {
  limit: 'maxHtmlDepth' | 'maxHtmlNodes' | 'maxAttributeChars';
  /** The limit's value. */
  value: number;
  /** maxHtmlDepth, maxHtmlNodes: the line of the markup where the rendering stops. */
  line?: number;
  /** maxAttributeChars: how many attribute values were cut. */
  count?: number;
}

export interface SanitizedMessage {
  /** A complete, inert HTML document for an iframe's srcdoc. */
  html: string;
  /** What was left out, one entry per limit that applied; empty for an ordinary message. */
  leftOut: LeftOut[];
}

/** One step of the walk: write a node into a part of the document, or close an element there. */
type Step = { node: AnyNode; into: string[] } | { close: string; into: string[] };

/** Message markup → an inert document, bounded by the limits the message was checked with. */
export function sanitizeMessage(markup: string, opts: SanitizeOptions): SanitizedMessage {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const parsed = parseBounded(markup, limits.maxHtmlNodes, limits.maxHtmlDepth);
  const leftOut: LeftOut[] = [];
  if (parsed.stopped) {
    const limit = parsed.stopped.why === 'depth' ? 'maxHtmlDepth' : 'maxHtmlNodes';
    leftOut.push({ limit, value: limits[limit], line: lineAt(markup, parsed.stopped.offset) });
  }

  const head: string[] = [];
  const body: string[] = [];
  let doctype = '';
  /** Whether anything but blanks was written: a document type counts only before that. */
  let started = false;
  let htmlAttrs: Map<string, string> | null = null;
  let bodyAttrs: Map<string, string> | null = null;
  let clipped = 0;
  const attributes = (el: Element) =>
    cleanAttributes(el.attribs, opts.nonce, limits.maxAttributeChars, () => {
      clipped++;
    });

  const stack: Step[] = [];
  const pushChildren = (parent: ParentNode, into: string[]) => {
    for (let i = parent.children.length - 1; i >= 0; i--) stack.push({ node: parent.children[i]!, into });
  };
  pushChildren(parsed.doc, body);
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      step.into.push(`</${step.close}>`);
      continue;
    }
    const { node, into } = step;
    if (node.type === 'text') {
      const text = (node as Text).data;
      started ||= text.trim() !== '';
      into.push(escapeText(text));
      continue;
    }
    if (node.type === 'directive') {
      // The document type decides standards or quirks mode, so the email lays out as it would.
      if (!started && !doctype) doctype = doctypeOf((node as { data: string }).data);
      continue;
    }
    // Comments, CDATA, processing instructions: nothing a reader sees.
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;

    const el = node as Element;
    const name = el.name.toLowerCase();
    started = true;
    if (REMOVE.has(name) || (name === 'meta' && 'http-equiv' in el.attribs)) continue;
    if (UNWRAP.has(name) || !isSafeTagName(name)) {
      pushChildren(el, into);
      continue;
    }
    const attrs = attributes(el);
    if (name === 'html') {
      htmlAttrs ??= attrs;
      pushChildren(el, into);
    } else if (name === 'head') {
      pushChildren(el, head);
    } else if (name === 'body') {
      bodyAttrs ??= attrs;
      pushChildren(el, body);
    } else if (name === 'style') {
      into.push(`<style${attributeText(attrs)}>${sanitizeCss(textOf(el))}</style>`);
    } else if (IMAGES.has(name) && (name !== 'input' || (el.attribs['type'] ?? '').toLowerCase() === 'image')) {
      // An image element has no content; anything a parser put inside it stays, after the box.
      into.push(placeholder(name, attrs));
      pushChildren(el, into);
    } else {
      if (opts.mjml && name.startsWith('mj-')) mjmlStyle(attrs);
      into.push(`<${name}${attributeText(attrs)}>`);
      if (VOID_ELEMENTS.has(name)) continue;
      stack.push({ close: name, into });
      pushChildren(el, into);
    }
  }

  if (clipped) leftOut.push({ limit: 'maxAttributeChars', value: limits.maxAttributeChars, count: clipped });
  const css = opts.mjml ? `${MJML_CSS}\n${opts.css}` : opts.css;
  const html = [
    doctype,
    `<html${attributeText(htmlAttrs ?? new Map())}>`,
    `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">`,
    ...head,
    `</head><body${attributeText(bodyAttrs ?? new Map())}>`,
    ...body,
    `<style>${css.replace(/</g, '\\3c ')}</style></body></html>`,
  ].join('');
  return { html, leftOut };
}

/** The text of a <style> element (its children are text runs). */
function textOf(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as Text).data;
  return s;
}

/** "!DOCTYPE html PUBLIC …" → "<!DOCTYPE html PUBLIC …>", with nothing but the characters a document type uses. */
function doctypeOf(directive: string): string {
  if (!/^!doctype\b/i.test(directive)) return '';
  return `<!DOCTYPE${directive.slice(8).replace(/[^A-Za-z0-9 "'.\/:_-]/g, '')}>`;
}

/** 1-based line of an offset. */
function lineAt(s: string, offset: number): number {
  let line = 1;
  for (let i = s.indexOf('\n'); i >= 0 && i < offset; i = s.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The attributes that may stay: no event handlers or loading attributes, links neutralised (their
 * target kept as a tooltip), inline CSS cleaned, data-gl-* marks only when they carry the nonce.
 * Values longer than maxChars are cut there, as the model reads them.
 */
function cleanAttributes(attribs: Record<string, string>, nonce: string, maxChars: number, onClip: () => void): Map<string, string> {
  const out = new Map<string, string>();
  const genuine = attribs['data-gl-nonce'] === nonce;
  let linkTitle: string | null = null;
  for (const key of Object.keys(attribs)) {
    const k = key.toLowerCase();
    if (!isSafeAttributeName(k) || k === 'data-gl-nonce') continue;
    if (k.startsWith('on') || DROP_ATTRS.has(k) || /^(xmlns:|xlink:)/.test(k) || (k.startsWith('data-gl-') && !genuine)) continue;
    let v = attribs[key] ?? '';
    if (v.length > maxChars) {
      v = v.slice(0, maxChars);
      onClip();
    }
    if (k === 'href') {
      // A link keeps where it went as a tooltip; it cannot be followed from the report.
      if (LINKABLE_SCHEME.test(v)) {
        out.set('data-gl-href', '');
        linkTitle = v.trim().slice(0, 500);
      }
    } else if (k === 'style') {
      out.set(k, sanitizeCss(v));
    } else if (!/^\s*(javascript|vbscript|data|livescript):/i.test(v.replace(/[\s\u0000-\u001f]+/g, ''))) {
      out.set(k, v);
    }
  }
  if (linkTitle !== null) out.set('title', linkTitle);
  return out;
}

/** CSS that can load nothing: no url(), image-set(), @import or escapes, and no '<' to end a <style>. */
export function sanitizeCss(css: string): string {
  return css
    .replace(/\\[0-9a-fA-F]{1,6}\s?|\\[\s\S]?/g, '')
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/@font-face\s*\{[^}]*\}?/gi, '')
    .replace(/\burl\s*\([^)]*\)?/gi, 'none')
    .replace(/(-webkit-)?(image-set|image|cross-fade|element|src)\s*\(/gi, 'none(')
    .replace(/expression\s*\(/gi, 'none(')
    .replace(/-moz-binding|behavior\s*:/gi, 'x-blocked:')
    .replace(/</g, '\\3c ');
}

/** A grey box the size of the image, with its alt text, instead of the image. */
function placeholder(tag: string, a: ReadonlyMap<string, string>): string {
  const own = a.get('style') ?? '';
  const dim = (v: string | undefined): string | null => {
    const t = (v ?? '').trim();
    if (/^\d+(\.\d+)?(px)?$/i.test(t)) return `${parseFloat(t)}px`;
    if (/^\d+(\.\d+)?%$/.test(t)) return t;
    return null;
  };
  const styleDim = (prop: string): string | null => {
    const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([0-9.]+(?:px|%))`, 'i').exec(own);
    return m ? m[1]! : null;
  };
  const width = dim(a.get('width')) ?? styleDim('width');
  let height = dim(a.get('height')) ?? styleDim('height');
  if (!height || height.endsWith('%')) height = width?.endsWith('px') ? `${Math.max(1, Math.round(parseFloat(width) * 0.6))}px` : '80px';
  const block = /display\s*:\s*block/i.test(own) || tag === 'mj-image';
  const tiny = parseFloat(height) < 14 || (width?.endsWith('px') && parseFloat(width) < 24);
  const alt = (a.get('alt') ?? a.get('title') ?? '').replace(/\s+/g, ' ').trim();
  const style = [
    own,
    `display:${block ? 'block' : 'inline-block'}`,
    'box-sizing:border-box',
    `width:${width ?? '100%'}`,
    'max-width:100%',
    `height:${height}`,
    'overflow:hidden',
    'background:#d6d6d6',
    'color:#555',
    'font:12px/1.3 Helvetica,Arial,sans-serif',
    'text-align:center',
    'vertical-align:middle',
    `padding:${tiny ? 0 : 4}px`,
    'word-break:break-word',
    'border:0',
  ].filter(Boolean).join(';');
  const keep = new Map<string, string>([['data-gl-img', ''], ['style', style], ['title', alt ? `image not loaded: ${alt}` : 'image not loaded']]);
  for (const [k, v] of a) if (k.startsWith('data-gl-') || k === 'class' || k === 'id' || k === 'align') keep.set(k, v);
  return `<span${attributeText(keep)}>${tiny ? '' : escapeText(alt ? `[image] ${alt}` : '[image]')}</span>`;
}

/** Enough of MJML's attributes as CSS for the source to be readable in a browser. */
function mjmlStyle(a: Map<string, string>): void {
  const css: string[] = [];
  const map: Array<[string, string]> = [
    ['font-size', 'font-size'], ['color', 'color'], ['font-weight', 'font-weight'], ['font-family', 'font-family'],
    ['align', 'text-align'], ['background-color', 'background-color'], ['padding', 'padding'], ['line-height', 'line-height'],
    ['border-radius', 'border-radius'],
  ];
  for (const [attr, prop] of map) {
    const v = a.get(attr);
    if (v && /^[#\w\s.,%'"-]+$/.test(v)) css.push(`${prop}:${v}`);
  }
  if (css.length) a.set('style', sanitizeCss(`${css.join(';')};${a.get('style') ?? ''}`));
}

const MJML_CSS = `
mjml, mj-body, mj-section, mj-wrapper, mj-hero, mj-column, mj-group, mj-text, mj-table, mj-navbar, mj-social, mj-raw,
mj-divider, mj-spacer, mj-accordion, mj-carousel { display: block; }
mj-body { max-width: 600px; margin: 0 auto; font-family: Helvetica, Arial, sans-serif; }
mj-section { padding: 12px 16px; }
mj-button { display: inline-block; padding: 10px 24px; margin: 8px 0; border-radius: 4px; background: #444; color: #fff; }
mj-divider { border-top: 1px solid #ccc; margin: 12px 0; }
`;

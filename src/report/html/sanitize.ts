// Turns message markup into a document that is safe to show in the report's sandboxed iframe:
// nothing that runs, submits, navigates or loads from the network survives.
//
// The iframe's empty `sandbox` attribute already forbids scripts, forms, popups and same-origin
// access, and both the report and this document carry a Content-Security-Policy that allows no
// network loads; this pass is the third layer, and it is what the tests check.

import { load } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';

/** Elements removed with everything inside them. */
const REMOVE = new Set([
  'script', 'object', 'embed', 'applet', 'iframe', 'frame', 'frameset', 'portal', 'fencedframe', 'base', 'link', 'noscript',
  'noembed', 'noframes', 'template', 'svg', 'math', 'video', 'audio', 'source', 'track', 'param', 'canvas', 'xml', 'dialog',
  'mj-head', 'mj-style', 'mj-attributes', 'mj-title', 'mj-preview', 'mj-font', 'mj-breakpoint', 'mj-html-attributes',
]);
/** Elements removed but whose content is kept. */
const UNWRAP = new Set(['form', 'picture']);
/** Elements shown as a grey box of their size instead of loading anything. */
const IMAGES = new Set(['img', 'image', 'mj-image', 'input']);
/** Attributes that load, submit or navigate. */
const DROP_ATTRS = new Set([
  'src', 'srcset', 'lowsrc', 'dynsrc', 'background', 'poster', 'action', 'formaction', 'ping', 'manifest', 'codebase',
  'data', 'xlink:href', 'srcdoc', 'http-equiv', 'target', 'download', 'integrity', 'background-url', 'usemap', 'archive',
  'classid', 'longdesc', 'cite', 'profile', 'itemtype', 'attributionsrc', 'popovertarget', 'autofocus', 'nonce',
]);
const LINKABLE_SCHEME = /^\s*(https?:|mailto:|tel:)/i;

export interface SanitizeOptions {
  /** Attribute value that marks report-inserted data-gl-* attributes as genuine. */
  nonce: string;
  /** CSS appended at the end of the body (report outlines); it is trusted. */
  css: string;
  /** MJML source: give mj-* elements a basic block layout. */
  mjml?: boolean;
}

/** Message markup → a complete, inert HTML document (a string) for an iframe's srcdoc. */
export function sanitizeMessage(markup: string, opts: SanitizeOptions): string {
  // Parse as a browser with scripting disabled does (that is how the sandboxed iframe parses it),
  // so <noscript> content is seen, and removed, as markup.
  // MJML's self-closing tags (<mj-image … />) mean nothing to an HTML parser: close them explicitly.
  const source = opts.mjml ? markup.replace(/<(mj-[\w-]+)(\s[^<>]*?)?\/>/gi, '<$1$2></$1>') : markup;
  const $ = load(source, { scriptingEnabled: false });

  const visit = (node: AnyNode) => {
    const children = 'children' in node ? [...(node as Element).children] : [];
    for (const child of children) clean(child);
  };
  const clean = (child: AnyNode): void => {
    if (child.type === 'text') return;
    if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') {
      // Comments, CDATA, processing instructions: nothing a reader sees.
      $(child).remove();
      return;
    }
    const el = child as Element;
    const name = el.name.toLowerCase();
    if (REMOVE.has(name) || (name === 'meta' && 'http-equiv' in el.attribs)) {
      $(el).remove();
      return;
    }
    if (name === 'style') {
      for (const t of el.children) if (t.type === 'text') (t as Text).data = sanitizeCss((t as Text).data);
      cleanAttributes(el, opts);
      return;
    }
    cleanAttributes(el, opts);
    if (IMAGES.has(name) && (name !== 'input' || (el.attribs['type'] ?? '').toLowerCase() === 'image')) {
      // An image element has no content; anything a parser put inside it stays, after the box.
      const inner = [...el.children];
      const box = placeholder($, el);
      $(el).replaceWith(box);
      if (inner.length) {
        box.after(inner);
        for (const c of inner) clean(c);
      }
      return;
    }
    if (opts.mjml && name.startsWith('mj-')) mjmlStyle(el);
    visit(el);
    if (UNWRAP.has(name)) $(el).replaceWith(el.children);
  };
  visit($.root()[0]!);

  const head = $('head');
  head.prepend(
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; font-src data:">',
  );
  head.prepend('<meta charset="utf-8">');
  const css = opts.mjml ? `${MJML_CSS}\n${opts.css}` : opts.css;
  $('body').append(`<style>${css.replace(/</g, '\\3c ')}</style>`);
  return $.html();
}

/** Drops event handlers and loading attributes, neutralises links, cleans inline CSS, and checks data-gl-* marks. */
function cleanAttributes(el: Element, opts: SanitizeOptions): void {
  const a = el.attribs;
  const genuine = a['data-gl-nonce'] === opts.nonce;
  for (const key of Object.keys(a)) {
    const k = key.toLowerCase();
    const v = a[key] ?? '';
    if (k.startsWith('on') || DROP_ATTRS.has(k) || /^(xmlns:|xlink:)/.test(k) || (k.startsWith('data-gl-') && !genuine)) {
      delete a[key];
    } else if (k === 'href') {
      delete a[key];
      // A link keeps where it went as a tooltip; it cannot be followed from the report.
      if (LINKABLE_SCHEME.test(v)) {
        a['data-gl-href'] = '';
        a['title'] = v.trim().slice(0, 500);
      }
    } else if (k === 'style') {
      a[key] = sanitizeCss(v);
    } else if (/^\s*(javascript|vbscript|data|livescript):/i.test(v.replace(/[\s\u0000-\u001f]+/g, ''))) {
      delete a[key];
    }
  }
  delete a['data-gl-nonce'];
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
function placeholder($: ReturnType<typeof load>, el: Element) {
  const a = el.attribs;
  const own = a['style'] ?? '';
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
  const width = dim(a['width']) ?? styleDim('width');
  let height = dim(a['height']) ?? styleDim('height');
  if (!height || height.endsWith('%')) height = width?.endsWith('px') ? `${Math.max(1, Math.round(parseFloat(width) * 0.6))}px` : '80px';
  const block = /display\s*:\s*block/i.test(own) || el.name.toLowerCase() === 'mj-image';
  const tiny = parseFloat(height) < 14 || (width?.endsWith('px') && parseFloat(width) < 24);
  const alt = (a['alt'] ?? a['title'] ?? '').replace(/\s+/g, ' ').trim();
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
  const box = $('<span></span>');
  const keep: Record<string, string> = { 'data-gl-img': '', style, title: alt ? `image not loaded: ${alt}` : 'image not loaded' };
  for (const [k, v] of Object.entries(a)) if (k.startsWith('data-gl-') || k === 'class' || k === 'id' || k === 'align') keep[k] = v;
  box.attr(keep);
  if (!tiny) box.text(alt ? `[image] ${alt}` : '[image]');
  return box;
}

/** Enough of MJML's attributes as CSS for the source to be readable in a browser. */
function mjmlStyle(el: Element): void {
  const a = el.attribs;
  const css: string[] = [];
  const map: Array<[string, string]> = [
    ['font-size', 'font-size'], ['color', 'color'], ['font-weight', 'font-weight'], ['font-family', 'font-family'],
    ['align', 'text-align'], ['background-color', 'background-color'], ['padding', 'padding'], ['line-height', 'line-height'],
    ['border-radius', 'border-radius'],
  ];
  for (const [attr, prop] of map) {
    const v = a[attr];
    if (v && /^[#\w\s.,%'"-]+$/.test(v)) css.push(`${prop}:${v}`);
  }
  if (css.length) a['style'] = sanitizeCss(`${css.join(';')};${a['style'] ?? ''}`);
}

const MJML_CSS = `
mjml, mj-body, mj-section, mj-wrapper, mj-hero, mj-column, mj-group, mj-text, mj-table, mj-navbar, mj-social, mj-raw,
mj-divider, mj-spacer, mj-accordion, mj-carousel { display: block; }
mj-body { max-width: 600px; margin: 0 auto; font-family: Helvetica, Arial, sans-serif; }
mj-section { padding: 12px 16px; }
mj-button { display: inline-block; padding: 10px 24px; margin: 8px 0; border-radius: 4px; background: #444; color: #fff; }
mj-divider { border-top: 1px solid #ccc; margin: 12px 0; }
`;

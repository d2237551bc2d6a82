/** Reading the visual emphasis and visibility of an element from its inline style and attributes. */

import { detached } from '../detached.js';
import type { HiddenHow } from '../types.js';
import type { ElementAttributes } from './element-attributes.js';

/** An element's attributes as the model reads them (element-attributes.ts). */
export type Attributes = ElementAttributes;

/** A parsed style="…" attribute: declaration name → value, lower-cased. Shared: never mutated. */
export type Style = ReadonlyMap<string, string>;

const NO_STYLE: Style = new Map<string, string>();

/**
 * Memoised: templates repeat the same style attribute on hundreds of elements. The result is
 * read-only and shared; the memo is bounded (cleared when full) and skips long attributes.
 */
const styleCache = new Map<string, Style>();

export function parseStyle(style: string | undefined): Style {
  if (!style) return NO_STYLE;
  let out = styleCache.get(style);
  if (out === undefined) {
    if (style.length > 1024) return parseStyleUncached(style);
    // Parsed from a detached copy: the memo's key and its values must not hold the whole message.
    const key = detached(style);
    out = parseStyleUncached(key);
    if (styleCache.size >= 2000) styleCache.clear();
    styleCache.set(key, out);
  }
  return out;
}

function parseStyleUncached(style: string): Style {
  const out = new Map<string, string>();
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i <= 0) continue;
    const value = decl.slice(i + 1);
    out.set(decl.slice(0, i).trim().toLowerCase(), (value.includes('!') ? value.replace(/!important/i, '') : value).trim().toLowerCase());
  }
  return out;
}

/** Font size in px from a CSS length, a legacy <font size>, or an MJML attribute. */
export function fontSizePx(value: string | undefined, parentPx: number | null): number | null {
  if (!value) return null;
  const m = /^(-?[\d.]+)\s*(px|pt|em|rem|%)?$/.exec(value.trim());
  if (!m) return null;
  const n = parseFloat(m[1]!);
  if (!Number.isFinite(n)) return null;
  switch (m[2]) {
    case 'pt':
      return n * (4 / 3);
    case 'em':
      return n * (parentPx ?? 16);
    case 'rem':
      return n * 16;
    case '%':
      return (n / 100) * (parentPx ?? 16);
    default:
      return n;
  }
}

const LEGACY_FONT_SIZES = [10, 13, 16, 18, 24, 32, 48];
export function legacyFontSize(size: string | undefined): number | null {
  if (!size) return null;
  const n = parseInt(size, 10);
  if (!Number.isFinite(n)) return null;
  const idx = size.startsWith('+') ? 2 + n : size.startsWith('-') ? 2 + n : n - 1;
  return LEGACY_FONT_SIZES[Math.max(0, Math.min(6, idx))]!;
}

export const HEADING_SIZES = [0, 32, 24, 19, 16, 13, 11];

const NEUTRAL_BACKGROUNDS = /^(#fff(fff)?|white|transparent|none|inherit|initial|#fefefe|#fdfdfd|rgba?\(255,\s*255,\s*255(,\s*1)?\))$/;

export function background(attrs: Attributes, style: Style): string | null {
  const raw = attrs['bgcolor'] ?? attrs['background-color'] ?? style.get('background-color') ?? colourIn(style.get('background'));
  if (!raw) return null;
  const v = raw.trim().toLowerCase();
  return NEUTRAL_BACKGROUNDS.test(v) ? null : v;
}

function colourIn(bg: string | undefined): string | undefined {
  if (!bg) return undefined;
  return /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b[a-z]+\b/i.exec(bg)?.[0];
}

/** Hidden from the reader: display:none, zero size, mso-hide, visibility or opacity tricks. */
export function isHidden(attrs: Attributes, style: Style): boolean {
  return hiddenHow(attrs, style) !== null;
}

/** How an element is hidden from the reader, or null when it is not (on its own attributes). */
export function hiddenHow(attrs: Attributes, style: Style): HiddenHow | null {
  if (attrs['hidden'] !== undefined) return 'hidden attribute';
  const display = style.get('display');
  if (display === 'none') return 'display:none';
  if (style.get('visibility') === 'hidden') return 'visibility:hidden';
  if (style.get('mso-hide') === 'all' && (display === 'none' || style.get('max-height')?.startsWith('0'))) return 'zero height';
  if (style.get('opacity') === '0') return 'opacity:0';
  // font-size:0 is not checked here: layouts set it on a container to close the gaps between
  // inline-block columns and reset it on the children; text is hidden only where the size that
  // actually applies to it is 0 (see the model walker).
  const maxH = style.get('max-height');
  if (maxH !== undefined && /^0(px)?$/.test(maxH) && style.get('overflow') === 'hidden') return 'zero height';
  return null;
}

export function isBold(tag: string, style: Style): boolean {
  if (tag === 'b' || tag === 'strong' || tag === 'th') return true;
  const w = style.get('font-weight');
  if (!w) return false;
  return w === 'bold' || w === 'bolder' || (parseInt(w, 10) >= 600);
}

export function looksLikeButton(tag: string, attrs: Attributes, style: Style): boolean {
  if (tag === 'mj-button') return true;
  // Bulletproof buttons put the button class on the wrapping td or div as often as on the link.
  if (tag !== 'a' && tag !== 'td' && tag !== 'button' && tag !== 'div') return false;
  const cls = `${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`;
  // A div only when the class names the button itself ("btn", "text-btn"), not a section around it ("cta-row", "button-wrap").
  if (tag === 'div') return /(?:^|[\s_-])(?:btn|button)(?:$|\s)/i.test(cls);
  if (/\b(btn|button|cta)\b|button|btn-|-btn/i.test(cls)) return true;
  if (tag !== 'a') return false;
  const bg = style.get('background-color') ?? style.get('background');
  const padding = style.get('padding');
  const hasPadding = !!padding && /[1-9]/.test(padding);
  return (!!bg && !NEUTRAL_BACKGROUNDS.test(bg.trim())) || (hasPadding && (style.has('border') || style.has('border-radius') || style.get('display') === 'inline-block'));
}

export function dimension(v: string | undefined): number | null {
  if (!v) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

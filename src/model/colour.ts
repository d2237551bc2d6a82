/** CSS colours, enough to tell text drawn in the colour of its background. */
import type { ElementAttributes } from './element-attributes.js';

export type Rgba = readonly [r: number, g: number, b: number, a: number];

const NAMED: Record<string, string> = {
  white: 'ffffff', black: '000000', red: 'ff0000', green: '008000', blue: '0000ff', yellow: 'ffff00',
  gray: '808080', grey: '808080', silver: 'c0c0c0', maroon: '800000', navy: '000080', purple: '800080',
  teal: '008080', olive: '808000', lime: '00ff00', aqua: '00ffff', cyan: '00ffff', fuchsia: 'ff00ff',
  magenta: 'ff00ff', orange: 'ffa500', whitesmoke: 'f5f5f5', snow: 'fffafa', ivory: 'fffff0',
  ghostwhite: 'f8f8ff', floralwhite: 'fffaf0', seashell: 'fff5ee', mintcream: 'f5fffa', azure: 'f0ffff',
  aliceblue: 'f0f8ff', honeydew: 'f0fff0', lavenderblush: 'fff0f5', oldlace: 'fdf5e6', linen: 'faf0e6',
  beige: 'f5f5dc', cornsilk: 'fff8dc', gainsboro: 'dcdcdc', lightgray: 'd3d3d3', lightgrey: 'd3d3d3',
  darkgray: 'a9a9a9', darkgrey: 'a9a9a9', dimgray: '696969', dimgrey: '696969',
};

/** Parses a CSS colour or legacy bgcolor value; null when unknown (currentColor, var(), a gradient…). */
export function parseColour(value: string | undefined): Rgba | null {
  if (!value) return null;
  // Mail repeats a handful of colour values on every element: parse each once (Rgba is read-only,
  // so sharing is safe; the cache is bounded by clearing it).
  let c = colourCache.get(value);
  if (c === undefined) {
    if (colourCache.size >= 512) colourCache.clear();
    c = parseColourUncached(value);
    colourCache.set(value, c);
  }
  return c;
}
const colourCache = new Map<string, Rgba | null>();

function parseColourUncached(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v.length > 80) return null;
  if (v === 'transparent') return [0, 0, 0, 0];
  const named = NAMED[v];
  if (named) return hex(named);
  let m = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m && (v.startsWith('#') || m[1]!.length === 6)) return hex(m[1]!);
  m = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const ch = (x: string) => (x.endsWith('%') ? (parseFloat(x) / 100) * 255 : parseFloat(x));
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    const out = [ch(m[1]!), ch(m[2]!), ch(m[3]!), alpha].map((n) => (Number.isFinite(n) ? n : NaN));
    if (out.some((n) => Number.isNaN(n))) return null;
    return [clamp(out[0]!, 255), clamp(out[1]!, 255), clamp(out[2]!, 255), clamp(out[3]!, 1)];
  }
  return null;
}

function hex(h: string): Rgba {
  const full = h.length <= 4 ? h.split('').map((c) => c + c).join('') : h;
  const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
}

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}

/** A colour in a background or shorthand value ("#fff url(x.png)", "white"), when there is one. */
export function colourInBackground(value: string | undefined): Rgba | null {
  if (!value) return null;
  const v = value.slice(0, 400);
  const token = /#[0-9a-f]{3,8}\b|rgba?\([^)]{0,80}\)|\b[a-z]{3,20}\b/gi;
  for (const m of v.matchAll(token)) {
    const c = parseColour(m[0]);
    if (c) return c;
  }
  return null;
}

/** A background that is a picture (the text colour against it cannot be judged). */
export function hasBackgroundImage(attrs: Pick<ElementAttributes, 'background' | 'background-url'>, style: ReadonlyMap<string, string>): boolean {
  if (attrs['background'] || attrs['background-url']) return true;
  const img = style.get('background-image');
  if (img && img !== 'none') return true;
  const bg = style.get('background');
  return !!bg && /url\(|gradient\(/i.test(bg);
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio, 1 (same colour) to 21 (black on white). Alpha is ignored. */
export function contrast(a: Rgba, b: Rgba): number {
  // The walker asks again for every element with the same (shared) colour and paper objects.
  if (a === lastContrast.a && b === lastContrast.b) return lastContrast.ratio;
  const la = luminance(a);
  const lb = luminance(b);
  const ratio = (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  lastContrast = { a, b, ratio };
  return ratio;
}
let lastContrast: { a: Rgba | null; b: Rgba | null; ratio: number } = { a: null, b: null, ratio: 0 };

/** Text this close to its background cannot be read (#fff on #fff, #fefefe on #fff, #f8f8f8 on #fff). */
export const INVISIBLE_CONTRAST = 1.1;

export const WHITE: Rgba = [255, 255, 255, 1];
export const BLACK: Rgba = [0, 0, 0, 1];

// Writing markup that a browser parses back into exactly what was written: every text escaped,
// every attribute value quoted, and only tag and attribute names that cannot be read two ways.

/** Tag names written as they are (Outlook's o:p and v:rect, custom and mj-* elements included). */
const SAFE_TAG = /^[a-z][a-z0-9:._-]*$/;
/** Attribute names written as they are; anything else (quotes, '<', '/', controls…) is dropped. */
const SAFE_ATTRIBUTE = /^[a-z_:][a-z0-9_:.-]*$/;

/** Elements that have no end tag. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export function isSafeTagName(name: string): boolean {
  return SAFE_TAG.test(name);
}

export function isSafeAttributeName(name: string): boolean {
  return SAFE_ATTRIBUTE.test(name);
}

export { escapeText } from '../../escape-text.js';

/** ` name="value"` for each attribute, values escaped for double quotes. */
export function attributeText(attrs: ReadonlyMap<string, string>): string {
  let out = '';
  for (const [k, v] of attrs) out += ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
  return out;
}

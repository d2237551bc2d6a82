/**
 * Whitespace as the regex \s and String.prototype.trim() define it (WhiteSpace and
 * LineTerminator: ASCII blanks, NBSP, Ogham space mark, U+2000–U+200A, line and paragraph
 * separators, narrow NBSP, medium mathematical space, ideographic space, BOM).
 */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/\s+/g, ' ').trim()`, hand-written: it runs on every block, link and alt text, and
 * most of them need no change or only a few cuts (the regex version always rebuilds the string).
 */
export function collapseSpaces(s: string): string {
  const n = s.length;
  let out = '';
  /** Start of the text not yet copied to `out`. */
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    // A run of blanks: dropped at either end, one ' ' inside; a single ' ' stays as it is.
    if (i === 0 || j === n) {
      out += s.slice(from, i);
      from = j;
    } else if (c !== 32 || j > i + 1) {
      out += s.slice(from, i) + ' ';
      from = j;
    }
    i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

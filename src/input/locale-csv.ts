/**
 * A CSV translation file: Magento's i18n dictionaries (`"source","translation"[,type,module]`), and
 * any `key,text` sheet a shop exports. Each row holds one message string in two renderings: the
 * source, which the source locale's recipients get (and this file's, while the row is not
 * translated), and the translation this file's recipients get. Both are read, each a paragraph of
 * its own, as evidence of what the mail says: read by its translation alone, a row whose offer the
 * lexicon of the translation's language misses lost the offer the source states (measured on a
 * fresh held-out round, December 2026). The type and module columns and the quotes are not the
 * mail: read whole, the file was one block of both languages and module names.
 *
 * Each kept value stays at its own place as a paragraph (U+2029 before and after it); everything
 * else is blanked, newlines kept. A doubled quote inside a quoted field is one quote (and a soft
 * hyphen, removed before matching, src/model/visible-text.ts). One pass over the rows; quoted
 * fields may run over lines.
 */

import { blankedChars } from './lines.js';
import { PARAGRAPH_BREAK, isCopy, withoutMarkup } from './locale-strings.js';

/** A row's first field and the delimiter after it: quoted, or a run without quotes or delimiters. */
const FIRST_FIELD = /^[ \t]*(?:"(?:[^"\n]|"")*"|[^",;\t\n]{1,400})[ \t]*([,;\t])/;

/** A field of a row: where its value lies in the source (inside its quotes, if quoted). */
interface Field {
  from: number;
  to: number;
  quoted: boolean;
}

/** The delimiter the first row uses after its first field (comma, semicolon or tab), or null. */
function delimiterOf(source: string): string | null {
  return FIRST_FIELD.exec(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source)?.[1] ?? null;
}

/** The row that starts at `at`: its fields, up to a line break outside quotes, and where the next row starts. */
function readRow(source: string, at: number, delimiter: string): { fields: Field[]; next: number } {
  const fields: Field[] = [];
  for (;;) {
    while (source[at] === ' ' || (source[at] === '\t' && delimiter !== '\t')) at++;
    if (source[at] === '"') {
      let k = at + 1;
      for (; k < source.length; k++) {
        if (source[k] !== '"') continue;
        if (source[k + 1] === '"') k++;
        else break;
      }
      fields.push({ from: at + 1, to: Math.min(k, source.length), quoted: true });
      at = k + 1;
      // (Anything between a closing quote and the delimiter is read as nothing.)
      while (at < source.length && source[at] !== delimiter && source[at] !== '\n') at++;
    } else {
      const from = at;
      while (at < source.length && source[at] !== delimiter && source[at] !== '\n') at++;
      let to = at;
      while (to > from && /\s/.test(source[to - 1]!)) to--;
      fields.push({ from, to, quoted: false });
    }
    if (source[at] !== delimiter) break;
    at++;
  }
  while (at < source.length && source[at] !== '\n') at++;
  return { fields, next: at + 1 };
}

/**
 * Whether a file reads as a sheet: its first rows (up to 30, in its first 8,000 characters) have,
 * three in four of them, as many fields as the first, and that is two or more. Prose with a comma
 * in some lines has rows of one field and two.
 */
export function looksLikeCsvStrings(source: string): boolean {
  const delimiter = delimiterOf(source);
  if (!delimiter) return false;
  const head = source.slice(0, 8000);
  const counts: number[] = [];
  for (let at = head.charCodeAt(0) === 0xfeff ? 1 : 0; at < head.length && counts.length < 30; ) {
    const { fields, next } = readRow(head, at, delimiter);
    if (fields.length > 1 || head.slice(fields[0]!.from, fields[0]!.to).trim()) counts.push(fields.length);
    at = next;
  }
  const width = counts[0] ?? 0;
  return width >= 2 && counts.filter((n) => n === width).length * 4 >= counts.length * 3;
}

export function csvStringsText(source: string): string {
  const out = blankedChars(source);
  const delimiter = delimiterOf(source) ?? ',';
  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < source.length) {
    const { fields, next } = readRow(source, at, delimiter);
    // The source and its translation (a row of one field is no entry), each that is copy.
    const text = (f: Field) => source.slice(f.from, f.to).replace(/""/g, '"');
    for (const kept of fields.length < 2 ? [] : [fields[0]!, fields[1]!].filter((f) => isCopy(text(f), false))) {
      for (let k = kept.from; k < kept.to; k++) {
        const c = source[k]!;
        out[k] = c;
        if (kept.quoted && c === '"' && source[k + 1] === '"') out[++k] = '\u00ad';
      }
      // A paragraph of its own: a break on the blank before it (its opening quote, or the delimiter
      // before it) and after it (a field at the start of its line has the line break before it).
      if (kept.from > 0 && out[kept.from - 1] === ' ') out[kept.from - 1] = PARAGRAPH_BREAK;
      if (out[kept.to] === ' ') out[kept.to] = PARAGRAPH_BREAK;
    }
    at = next;
  }
  return withoutMarkup(out.join(''));
}

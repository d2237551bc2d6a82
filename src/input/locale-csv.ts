/**
 * A CSV translation file: Magento's i18n dictionaries (`"source","translation"[,type,module]`), and
 * any `key,text` sheet a shop exports. The recipient reads the second column, the translation;
 * where it is empty (not translated yet), the shop sends the first, the source. The source next to
 * its translation, the module names and the quotes are not the mail: read whole, the file was one
 * block of English and another language mixed.
 *
 * Each kept value stays at its own place as a paragraph (U+2029 where its row starts and after it);
 * everything else is blanked, newlines kept. A doubled quote inside a quoted field is one quote
 * (and a soft hyphen, removed before matching, src/model/visible-text.ts). One pass over the
 * rows; quoted fields may run over lines.
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
    const rowStart = at;
    const { fields, next } = readRow(source, at, delimiter);
    // The translation, else the source it stands for (a row of one field is no entry).
    const text = (f: Field | undefined) => (f ? source.slice(f.from, f.to).replace(/""/g, '"') : '');
    const kept = fields.length < 2 ? undefined : [fields[1], fields[0]].find((f) => isCopy(text(f), false));
    if (kept) {
      for (let k = kept.from; k < kept.to; k++) {
        const c = source[k]!;
        out[k] = c;
        if (kept.quoted && c === '"' && source[k + 1] === '"') out[++k] = '\u00ad';
      }
      // A paragraph of its own: a break where its row starts (an opening quote), and after it.
      if (kept.from > rowStart) out[rowStart] = PARAGRAPH_BREAK;
      if (out[kept.to] === ' ') out[kept.to] = PARAGRAPH_BREAK;
    }
    at = next;
  }
  return withoutMarkup(out.join(''));
}

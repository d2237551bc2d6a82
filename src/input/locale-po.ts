/**
 * A gettext catalogue (.po: WordPress plugins, Django, OJS, Twenty, Liberapay, Cozy…): each entry
 * holds the source string (msgid) and its translation (msgstr). The mail a recipient reads is the
 * translation, or the source where none was made; the source of a translated entry is the same
 * message as the source locale's recipients get it, and is read too, a paragraph of its own, as
 * evidence of what the mail says (as CSV dictionaries are, src/input/locale-csv.ts). The header entry
 * (Last-Translator, Plural-Forms), comments and contexts are no copy.
 *
 * The kept string stays at its own place, its escapes written as the breaks they stand for
 * (src/input/locale-strings.ts); everything else is blanked, newlines kept. An entry whose context
 * or source string names the subject ("Notifications Disk Quota Subject") gets "Subject:" written
 * over its `msgstr "`. One pass over the lines; nothing is evaluated.
 */

import { SUBJECT_LABEL } from './template-mask.js';
import { blankedChars, closingQuote } from './lines.js';
import { SUBJECT_KEY, StringStarts, isCopy, withoutMarkup, writeEscaped } from './locale-strings.js';

/** A keyword line and its first string: `msgid "…"`, `msgstr[0] "…"`. */
const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]+"/;

interface PoString {
  /** Where the keyword's line starts. */
  line: number;
  /** The string pieces' bodies, [from, to) each: the first on the keyword's line, the rest on the lines after it. */
  pieces: Array<[number, number]>;
}

/** Whether a .po file looks like a gettext catalogue. */
export function looksLikePo(source: string): boolean {
  return /^msgid[ \t]+"/m.test(source.slice(0, 8000)) && /^msgstr(?:\[0\])?[ \t]+"/m.test(source.slice(0, 8000));
}

export function poStringsText(source: string): string {
  const out = blankedChars(source);
  const starts = new StringStarts();
  let ctxt: PoString | null = null;
  let id: PoString | null = null;
  let str: PoString | null = null;
  let current: PoString | null = null;
  const textOf = (s: PoString | null): string => (s ? s.pieces.map(([a, b]) => source.slice(a, b)).join('') : '');
  const flush = (): void => {
    const idText = textOf(id);
    // (The header is the entry whose source string is empty.)
    if (id && idText) {
      const strText = textOf(str);
      const kept = strText ? str! : id;
      const subject = SUBJECT_KEY.test(textOf(ctxt) || idText);
      if (isCopy(strText || idText, subject)) {
        for (const [a, b] of kept.pieces) writeEscaped(source, out, a, b);
        const first = kept.pieces[0]![0] - 1;
        // ("Subject:" fits over `msgstr "`, opening quote included.)
        starts.mark(out, first, subject && first + 1 - kept.line >= SUBJECT_LABEL.length ? { at: kept.line } : null);
      }
      // The source of a translated entry too, a paragraph of its own: the same message as the source
      // locale's recipients get it, and evidence of what the translation says (a subject's source
      // stays out of the body).
      if (kept === str && !subject && isCopy(idText, false)) {
        for (const [a, b] of id.pieces) writeEscaped(source, out, a, b);
        starts.mark(out, id.pieces[0]![0] - 1, null);
      }
    }
    ctxt = id = str = current = null;
  };
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const keyword = KEYWORD.exec(line);
    if (keyword) {
      const open = lineStart + keyword[0].length - 1;
      const piece: PoString = { line: lineStart, pieces: [[open + 1, Math.min(closingQuote(source, open + 1, '"'), lineEnd)]] };
      const name = keyword[1]!;
      if (name === 'msgctxt' || (name === 'msgid' && (id || str))) flush();
      if (name === 'msgctxt') ctxt = piece;
      else if (name === 'msgid') id = piece;
      // (Only the first plural form: the others repeat it with another number.)
      else if (name === 'msgstr' || keyword[2] === '0') str = piece;
      current = name === 'msgid_plural' || (keyword[2] !== undefined && keyword[2] !== '0') ? null : piece;
    } else if (/^[ \t]*"/.test(line) && current) {
      // A continuation line: one more piece of the string above.
      const open = lineStart + line.indexOf('"');
      current.pieces.push([open + 1, Math.min(closingQuote(source, open + 1, '"'), lineEnd)]);
    } else if (!line.trim()) {
      flush();
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return withoutMarkup(out.join(''));
}

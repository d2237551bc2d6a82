/**
 * A key = value translation file: INI language files (Joomla's `KEY="…"`, Gitea's `key=…`, with
 * `[sections]`) and Java `.properties` bundles (Keycloak, Spring: `key=…` or `key: …`, `\`
 * continuation lines, `\u00e9` escapes). The mail's words are the values; keys, sections and
 * comments are not, and read as text they would be one block of keys.
 *
 * Each value that reads as copy stays at its own place and starts a paragraph (U+2029 where its
 * key started); everything else is blanked, newlines kept. Escapes are read in place: `\n\n` a
 * paragraph, `\n` a line break, `\u00e9` its character followed by soft hyphens (removed before
 * matching, src/model/visible-text.ts). The value whose key names the subject gets "Subject:"
 * written over its key. One pass over the lines; nothing is evaluated.
 */

import { SUBJECT_LABEL } from './template-mask.js';
import { blankedChars } from './lines.js';
import { SUBJECT_KEY, StringStarts, isCopy, mostLinesAreEntries, withoutMarkup, writeEscaped } from './locale-strings.js';

/** `key = value` or `key: value` (a properties file), the key without spaces. */
const ENTRY = /^([ \t]*)([^\s=:#;![\]][^\s=:]{0,200})[ \t]*[=:][ \t]*/;
const COMMENT = /^[ \t]*[#;!]/;
const SECTION = /^[ \t]*\[[^\]\n]{1,200}\][ \t]*$/;

/** Whether a file reads as key = value lines: most of its first non-blank, non-comment lines are entries or sections. */
export function looksLikeKeyValues(source: string): boolean {
  return mostLinesAreEntries(source, (l) => !COMMENT.test(l), (l) => ENTRY.test(l) || SECTION.test(l));
}

export function keyValueText(source: string): string {
  const out = blankedChars(source);
  const starts = new StringStarts();
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const entry = COMMENT.test(line) || SECTION.test(line) ? null : ENTRY.exec(line);
    if (entry) {
      // A value ending in one backslash goes on over the next line (properties files).
      let end = lineEnd;
      while (end < source.length && /(?<!\\)(?:\\\\)*\\\r?$/.test(source.slice(Math.max(lineStart, end - 400), end))) {
        const next = source.indexOf('\n', end + 1);
        end = next < 0 ? source.length : next;
      }
      let from = lineStart + entry[0].length;
      let to = end;
      while (to > from && /\s/.test(source[to - 1]!)) to--;
      // A quoted value ("…" in INI files): its quotes are not copy.
      if ((source[from] === '"' || source[from] === '`') && to - from >= 2 && source[to - 1] === source[from]) {
        from++;
        to--;
      }
      const key = entry[2]!;
      const subject = SUBJECT_KEY.test(key);
      if (isCopy(source.slice(from, to).replace(/\\u[0-9a-fA-F]{4}/g, 'x'), subject)) {
        writeEscaped(source, out, from, to);
        readUnicodeEscapes(out, source, from, to);
        const keyAt = lineStart + entry[1]!.length;
        starts.mark(out, keyAt, subject && from - keyAt > SUBJECT_LABEL.length ? { at: keyAt } : null);
        // (Continuation backslashes are no copy.)
        for (let k = from; k < to; k++) if (source[k] === '\\' && (source[k + 1] === '\n' || source[k + 1] === '\r')) out[k] = ' ';
      }
      lineEnd = end;
    }
    lineStart = lineEnd + 1;
  }
  return withoutMarkup(out.join(''));
}

/** `\u00e9` as its character and five soft hyphens, where writeEscaped left blanks. */
function readUnicodeEscapes(out: string[], source: string, from: number, to: number): void {
  const body = source.slice(from, to);
  for (const m of body.matchAll(/\\u([0-9a-fA-F]{4})/g)) {
    const cp = parseInt(m[1]!, 16);
    if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    const at = from + m.index!;
    out[at] = String.fromCharCode(cp);
    for (let k = 1; k < 6; k++) out[at + k] = '\u00ad';
  }
}

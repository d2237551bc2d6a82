/**
 * A Fluent translation file (Project Fluent, `.ftl`: Firefox, Thunderbird, Firefox Relay and
 * Monitor, Pontoon): `message-id = text`, values going on over indented lines, `.attribute = text`
 * lines, `# comments`, `-term = …` definitions, `{ $variable }` and `{ -term }` placeables and
 * `{ $n -> [one] … *[other] … }` selectors. The mail's words are the values; ids, comments, term
 * definitions and selector syntax are not, and read as text they would be one block of ids.
 *
 * `.ftl` is also FreeMarker's extension: a file is read as Fluent only when its lines have
 * Fluent's shape and nothing of FreeMarker's (`<#…>`, `<@…>`, `${…}`).
 *
 * Each message's value stays at its own place and starts a paragraph (U+2029 where its id
 * started); a placeable becomes `{name}` padded to its length, which template masking reads as a
 * placeholder; everything else is blanked, newlines kept. One pass over the lines.
 */

import { blankedChars } from './lines.js';
import { SUBJECT_LABEL } from './template-mask.js';
import { SUBJECT_KEY, StringStarts, isCopy, mostLinesAreEntries, withoutMarkup } from './locale-strings.js';

/** `id = …` (a message) or `-id = …` (a term). */
const ENTRY = /^(-?)([a-zA-Z][a-zA-Z0-9_-]{0,200})[ \t]*=[ \t]*/;
/** `.attribute = …`, indented under its message. */
const ATTRIBUTE = /^[ \t]+\.[a-zA-Z][a-zA-Z0-9_-]{0,200}[ \t]*=[ \t]*/;
/** A selector variant's key: `[one]`, `*[other]`. */
const VARIANT = /^[ \t]*\*?\[[^\]\n]{1,80}\][ \t]*/;
/** `{ $name }`, `{ -term }`, `{ NUMBER($n) }`: a placeable read as the placeholder it names. */
const PLACEABLE = /\{[ \t]*(?:\$|-)?([a-zA-Z][a-zA-Z0-9_-]{0,80})(?:\([^(){}\n]{0,80}\))?[ \t]*\}/g;
/** A selector's opening `{ $n ->` or a closing `}` alone on its line. */
const SELECTOR_OPEN = /\{[ \t]*[$-]?[a-zA-Z][a-zA-Z0-9_-]{0,80}(?:\([^(){}\n]{0,80}\))?[ \t]*->/g;
/**
 * FreeMarker's own syntax: such a `.ftl` is a FreeMarker template. (Markup is no sign: Fluent
 * values carry links and tags, and a FreeMarker page's lines, starting with tags, are no entries.)
 */
const FREEMARKER = /<#|<@|\$\{/;

/** Whether a file reads as Fluent: most of its first unindented, non-comment lines are entries, and nothing is FreeMarker. */
export function looksLikeFluent(source: string): boolean {
  if (FREEMARKER.test(source.slice(0, 8000))) return false;
  // (Indented lines go on with the entry above them.)
  return mostLinesAreEntries(source, (l) => !/^\s/.test(l) && !l.startsWith('#'), (l) => ENTRY.test(l));
}

export function fluentText(source: string): string {
  const out = blankedChars(source);
  const starts = new StringStarts();
  // Inside a message (its indented lines go on with it) or a term (whose lines are not copy).
  let inMessage = false;
  let subject = false;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const entry = line.startsWith('#') ? null : ENTRY.exec(line);
    let from = -1;
    if (entry) {
      inMessage = entry[1] === '';
      subject = inMessage && SUBJECT_KEY.test(entry[2]!);
      if (inMessage) {
        from = lineStart + entry[0].length;
        const rest = source.slice(from, lineEnd);
        // (A value that starts on the next lines marks its paragraph at its id all the same.)
        // (An empty value or a selector's opening goes on over the lines below.)
        const copy = isCopy(plain(rest), subject) || !plain(rest).trim();
        if (copy) starts.mark(out, lineStart, subject && entry[0].length > SUBJECT_LABEL.length ? { at: lineStart } : null);
        if (!copy) from = -1;
      }
    } else if (inMessage && /^\s/.test(line)) {
      const attribute = ATTRIBUTE.exec(line);
      const variant = VARIANT.exec(line);
      from = lineStart + (attribute ? attribute[0].length : variant ? variant[0].length : 0);
      if (attribute && isCopy(plain(source.slice(from, lineEnd)), false)) starts.mark(out, lineStart, null);
      else if (attribute) from = -1;
    } else if (line.trim() && !/^\s/.test(line)) {
      inMessage = false;
    }
    if (from >= 0) writeValue(source, out, from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return withoutMarkup(out.join(''));
}

/** A value's text with its placeables and selector syntax out, to judge whether it is copy. */
function plain(text: string): string {
  return text.replace(SELECTOR_OPEN, ' ').replace(PLACEABLE, 'x').replace(/^\s*\}\s*$/, '');
}

/** Copies `source[from, to)` into `out`, placeables as `{name}` padded to their length, selector syntax blanked. */
function writeValue(source: string, out: string[], from: number, to: number): void {
  const text = source.slice(from, to);
  if (/^\s*\}\s*$/.test(text)) return;
  for (let k = from; k < to; k++) out[k] = source[k]!;
  for (const m of text.matchAll(SELECTOR_OPEN)) for (let k = 0; k < m[0].length; k++) out[from + m.index! + k] = ' ';
  for (const m of text.matchAll(PLACEABLE)) {
    const at = from + m.index!;
    const written = `{${m[1]!}}`;
    for (let k = 0; k < m[0].length; k++) out[at + k] = k < written.length ? written[k]! : ' ';
  }
}

/**
 * What the translation-file readers (src/input/locale-yaml.ts, locale-json.ts, locale-po.ts,
 * locale-xml.ts, locale-ini.ts) and the indentation-template reader share: which values are copy,
 * how a kept string is written back in place and where it starts, and the markup inside values.
 * Every reader writes into a copy of the file blanked to the same length (newlines kept), so each
 * offset still maps to the author's line.
 */

import { blankKeepingLines, blankedChars } from './lines.js';
import { hasTwoWords } from './words.js';
import { UNSPACED_PHRASE, unescapeInPlace, writeSubjectLabel } from './template-mask.js';

/** Starts a paragraph where it stands (U+2029 PARAGRAPH SEPARATOR): src/model/text-blocks.ts breaks on it like a blank line. */
export const PARAGRAPH_BREAK = '\u2029';
/** A line break inside a paragraph (U+2028 LINE SEPARATOR). */
const LINE_BREAK = '\u2028';

/** Values that are no copy: booleans, null and numbers. */
const NOT_COPY = /^(?:true|false|yes|no|on|off|null|~|[-+.\d:]+)$/i;
/** A key (or a source string) that names the mail's subject. */
export const SUBJECT_KEY = /subject/i;

/**
 * A value that reads as copy: two words or more, or a phrase in a script written without spaces
 * (a one-word value is a setting, a type or a label: "md", "project", "true"); a subject may be
 * one word ("Cupón").
 */
export function isCopy(body: string, subject: boolean): boolean {
  const t = body.trim();
  if (NOT_COPY.test(t) || !/\p{L}{2}/u.test(t)) return false;
  return subject || hasTwoWords(t, '\\', '\\%{') || UNSPACED_PHRASE.test(t);
}

/**
 * Writes a backslash-escaped string's body, `source[from, to)`, into `out` in place: "\n\n" becomes a
 * paragraph break and "\n" a line break, in the same characters; an escaped quote or backslash is
 * that character and a soft hyphen, as in a template's literals (unescapeInPlace), so "J\'ai" is one
 * word; other escapes (\t, \r, \u…) blanks.
 */
export function writeEscaped(source: string, out: string[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const c = source[k]!;
    if (c !== '\\') {
      out[k] = c;
      continue;
    }
    const next = source[k + 1];
    if (next === 'n') {
      const double = source[k + 2] === '\\' && source[k + 3] === 'n';
      out[k] = double ? PARAGRAPH_BREAK : LINE_BREAK;
      k += double ? 3 : 1;
      continue;
    }
    // (An escaped line break is a continuation: the line break stays where it is.)
    if (next !== undefined && next !== '\n') {
      const read = unescapeInPlace(c + next, next);
      out[k] = read[0]!;
      out[k + 1] = read[1]!;
    }
    k++;
  }
}

/** A tag in a value (<a href="%{url}">, <br/>, <strong>). */
const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
/** A placeholder inside a tag (href="%{terms_path}", href="{url}"): kept where it stands. */
const PLACEHOLDER_IN_TAG = /%?\{[^{}\n]{1,80}\}/g;

/**
 * The values' markup blanked, the placeholders inside it kept: the file stays one text mail whose
 * strings are its paragraphs (read as HTML, they would run together into one block).
 */
export function withoutMarkup(text: string): string {
  // (Rails writes a placeholder %{name}: the masker reads {name}, and the "%" is no word.)
  return text.replace(/%(?=\{[A-Za-z_])/g, ' ').replace(PRINTF_CONVERSION, blankKeepingLines).replace(DOLLAR_POSITIONAL, blankKeepingLines).replace(TAG, blankedTag);
}

/**
 * A printf conversion in a format string (gettext, PHP, Java, Android): %s, %d, %1$s, %2$d. It
 * stands for a value, as {name} does in other files; left in, "%1$s heeft u uitgenodigd" read "1",
 * "s" as words and a lone "%5$s" line as a paragraph. Not after a letter or digit ("50%sale"
 * stays, rare as it is in a translation).
 */
const PRINTF_CONVERSION = /(?<![\p{L}\p{N}%])%(?:[1-9]\d?\$)?[sdu](?![\p{L}\p{N}])/gu;

/**
 * A positional placeholder written "$1", "$2" (MediaWiki messages, Chrome's messages.json): a value
 * filled in at send time. Read as it stands it was a one-dollar price, and a password reminder
 * ("… was set to \"$3\"") became a product offer. One digit, not after a letter, digit or "$", and
 * not followed by a digit, a decimal or a "k"/"m": "$5.99", "$10" and "$2k" stay prices.
 */
const DOLLAR_POSITIONAL = /(?<![\p{L}\p{N}$\\])\$[1-9](?![\p{N}]|[.,]\p{N}|[kKmM](?![\p{L}]))/gu;

/** A tag blanked to its length, the placeholders in it (href="{url}") kept where they stand. */
export function blankedTag(tag: string): string {
  const chars = blankedChars(tag);
  for (const p of tag.matchAll(PLACEHOLDER_IN_TAG)) for (let k = 0; k < p[0].length; k++) chars[p.index! + k] = p[0][k]!;
  return chars.join('');
}

/**
 * Whether a file has a line-based format's shape: of its first 30 lines (within its first 8,000
 * characters) that are not blank and that `counted` keeps (comments are not), three in four are
 * `isEntry`.
 */
export function mostLinesAreEntries(source: string, counted: (line: string) => boolean, isEntry: (line: string) => boolean): boolean {
  const lines = source.slice(0, 8000).split('\n').filter((l) => l.trim() && counted(l)).slice(0, 30);
  return lines.length > 0 && lines.filter(isEntry).length * 4 >= lines.length * 3;
}

/** Copies `source[from, to)` into `out` as written. */
export function copyInto(out: string[], source: string, from: number, to: number): void {
  for (let k = from; k < to; k++) out[k] = source[k]!;
}

/**
 * Marks where each kept string starts: a paragraph break at `at`. The first string a subject key
 * names, where "Subject:" fits (`label`), gets the label written at `label.at` instead, as a text
 * mail's subject line reads, with a paragraph break just before it when `label.breakBefore`.
 */
export class StringStarts {
  private subjectWritten = false;

  mark(out: string[], at: number, label: { at: number; breakBefore?: boolean } | null): void {
    if (label && !this.subjectWritten) {
      if (label.breakBefore) out[label.at - 1] = PARAGRAPH_BREAK;
      writeSubjectLabel(out, label.at);
      this.subjectWritten = true;
    } else {
      out[at] = PARAGRAPH_BREAK;
    }
  }
}

/**
 * A JavaScript or TypeScript module that builds a mail from strings (`export const html = \`…\``,
 * `{ subject: 'Welcome', body: '…' }`): the mail's words live in its string literals, not in its
 * imports, comments and logic. Everything outside a literal is blanked (newlines kept, so every
 * offset still maps to the author's line); a template literal is kept whole, its `${…}` left for
 * the template masker to read as placeholders; a quoted string is kept when it reads as copy (two
 * words or more), else blanked like the code around it. The literal a `subject` key names gets
 * "Subject:" written into the blanked code before it, as a text mail's subject line reads.
 *
 * One linear pass, no parser: a regular-expression literal holding a quote may be misread, which
 * costs at most some wrongly kept or blanked text, never time. Nothing is executed.
 */

import { SUBJECT_LABEL, UNSPACED_PHRASE, writeSubjectLabel } from './template-mask.js';
import { blankedChars } from './lines.js';
import { hasTwoWords } from './words.js';

/**
 * A key that names the subject, at the end of the code before its string (`subject: `, `subject = `,
 * `subject=_(`: a translation call around the string, as Django's and gettext's are written).
 */
const SUBJECT_KEY = /\bsubject\w*['"]?\s*[:=]\s*(?:(?:_|gettext(?:_lazy)?|ugettext(?:_lazy)?|t|__|i18n\.t)\s*\(\s*)?$/i;
/** A header set by name, the value the next argument (`m.SetHeader("Subject", "…")`, `headers.set('Subject', …)`). */
const SUBJECT_HEADER_NAME = /^subject$/i;
const NEXT_ARGUMENT = /^\s*,\s*$/;

/**
 * The comment and string syntax of the module's language: JavaScript's family (`//`, `/* *\/`,
 * backtick literals), or Python's (`#` comments, triple-quoted strings, a docstring no copy).
 */
export type ScriptDialect = 'c' | 'python';

export function scriptStringsText(source: string, dialect: ScriptDialect = 'c'): string {
  const out = blankedChars(source);
  const python = dialect === 'python';
  const lineStartOf = lineStarts(source);
  let subjectWritten = false;
  let i = 0;
  let codeStart = 0;
  // The text of the last quoted string and where it ended: a "Subject" header name before a value.
  let lastQuoted = '';
  let lastQuotedEnd = -1;
  const n = source.length;
  /**
   * Whether the string opening at `at` is the subject (a subject key before it on its line, or a
   * header named "Subject" as the argument before): its line then gets "Subject:" written, once.
   */
  const markSubject = (at: number, namedHeader: boolean): boolean => {
    if (subjectWritten) return false;
    const lineStart = lineStartOf(at);
    const before = source.slice(Math.max(lineStart, codeStart), at);
    const keyed = SUBJECT_KEY.test(before) || (namedHeader && lastQuotedEnd >= lineStart);
    if (!keyed || at - lineStart <= SUBJECT_LABEL.length) return false;
    writeSubjectLabel(out, lineStart);
    subjectWritten = true;
    return true;
  };
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (python ? c === '#' : c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (python && (c === '"' || c === "'") && next === c && source[i + 2] === c) {
      // A triple-quoted string is kept whole, placeholders and all, as a template literal is; not a
      // docstring (a string standing alone as a statement: the module's, a function's or a class's
      // documentation, never sent).
      const close = source.indexOf(c.repeat(3), i + 3);
      const end = close < 0 ? n : close;
      if (!isDocstring(source, i)) {
        markSubject(i, false);
        // (An escape's backslash and letter are blanked: "\n" in the source is no word.)
        for (let k = i + 3; k < end; k++) out[k] = source[k] === '\\' ? ' ' : source[k - 1] === '\\' && ESCAPE_LETTER.test(source[k]!) ? ' ' : source[k]!;
      }
      lastQuoted = '';
      i = end + 3;
      codeStart = i;
      continue;
    }
    if (!python && c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (!python && c === '`') {
      const end = templateLiteralEnd(source, i + 1);
      for (let k = i + 1; k < end; k++) out[k] = source[k]!;
      lastQuoted = '';
      i = end + 1;
      codeStart = i;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = quotedEnd(source, i + 1, c);
      const body = source.slice(i + 1, end);
      // Copy has two words or more (or is a phrase in a script written without spaces); a key, a class name or a path has one.
      if (hasTwoWords(body) || UNSPACED_PHRASE.test(body)) {
        const isSubject = markSubject(i, SUBJECT_HEADER_NAME.test(lastQuoted) && NEXT_ARGUMENT.test(source.slice(lastQuotedEnd + 1, i)));
        for (let k = i + 1; k < end; k++) out[k] = source[k] === '\\' ? ' ' : source[k]!;
        // The statement's end separates one string from the next, as a line break would (the
        // subject line ends where its line does).
        if (end < n && !isSubject) out[end] = '.';
      }
      lastQuoted = body;
      lastQuotedEnd = end;
      i = end + 1;
      codeStart = i;
      continue;
    }
    i++;
  }
  return out.join('');
}

/**
 * Whether the triple-quoted string at `at` stands alone as a statement: only blanks before it on its
 * line, and the line before it (blank lines skipped) opens a block (`def …:`, `class …:`) or there
 * is none (the module's docstring).
 */
function isDocstring(source: string, at: number): boolean {
  // (Index walks that stop at the first character that settles it: linear on a hostile line of
  // thousands of triple quotes.)
  let k = at - 1;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t')) k--;
  if (k >= 0 && source[k] !== '\n') return false;
  const limit = Math.max(-1, k - DOCSTRING_LOOKBACK);
  while (k > limit && /\s/.test(source[k]!)) k--;
  return k < 0 || source[k] === ':';
}
const DOCSTRING_LOOKBACK = 2000;
/** The letters of escapes that stand for blanks (\n, \t, \r). */
const ESCAPE_LETTER = /[ntr]/;

/**
 * Where the line holding each position starts, for positions asked in increasing order: each asks
 * only back to the one before, so a hostile line of a hundred thousand strings is walked once, not
 * once per string.
 */
function lineStarts(source: string): (at: number) => number {
  let lastAt = 0;
  let lastStart = 0;
  return (at) => {
    let start = lastStart;
    for (let k = at - 1; k >= lastAt; k--) {
      if (source[k] === '\n') {
        start = k + 1;
        break;
      }
    }
    lastAt = at;
    lastStart = start;
    return start;
  };
}

/** Where a template literal opened before `from` closes: its closing backtick, past `${…}` (nested braces counted). */
function templateLiteralEnd(source: string, from: number): number {
  let depth = 0;
  for (let k = from; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') { k++; continue; }
    if (depth === 0 && ch === '`') return k;
    if (ch === '$' && source[k + 1] === '{') { depth++; k++; continue; }
    if (depth > 0 && ch === '{') depth++;
    else if (depth > 0 && ch === '}') depth--;
  }
  return source.length;
}

/** Where a quoted string opened before `from` closes: its quote, or the line's end (an unclosed string stops there). */
function quotedEnd(source: string, from: number, quote: string): number {
  for (let k = from; k < source.length; k++) {
    const ch = source[k];
    if (ch === '\\') { k++; continue; }
    if (ch === quote || ch === '\n') return k;
  }
  return source.length;
}

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

/** A key that names the subject, at the end of the code before its string (`subject: `, `subject = `). */
const SUBJECT_KEY = /\bsubject\w*['"]?\s*[:=]\s*$/i;
/** A header set by name, the value the next argument (`m.SetHeader("Subject", "…")`, `headers.set('Subject', …)`). */
const SUBJECT_HEADER_NAME = /^subject$/i;
const NEXT_ARGUMENT = /^\s*,\s*$/;

export function scriptStringsText(source: string): string {
  const out = blankedChars(source);
  let subjectWritten = false;
  let i = 0;
  let codeStart = 0;
  // The text of the last quoted string and where it ended: a "Subject" header name before a value.
  let lastQuoted = '';
  let lastQuotedEnd = -1;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === '`') {
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
        const lineStart = source.lastIndexOf('\n', i) + 1;
        const before = source.slice(Math.max(lineStart, codeStart), i);
        const namedHeader = SUBJECT_HEADER_NAME.test(lastQuoted) && lastQuotedEnd >= lineStart && NEXT_ARGUMENT.test(source.slice(lastQuotedEnd + 1, i));
        const isSubject = !subjectWritten && (SUBJECT_KEY.test(before) || namedHeader) && i - lineStart > SUBJECT_LABEL.length;
        if (isSubject) {
          writeSubjectLabel(out, lineStart);
          subjectWritten = true;
        }
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

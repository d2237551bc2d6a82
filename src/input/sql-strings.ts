/**
 * A SQL file that installs mail templates (`INSERT INTO mail_templates (name, subject, body) VALUES
 * (…)`, `UPDATE s_core_config_mails SET subject = '…', content = '…'`), as shop and library software
 * ships them (Shopware 5, Koha, osclass, OpenSTAManager). The mail is in its string literals; the
 * statements, table and column names around them are not (read as text, a column list named an
 * "order" and an `INSERT` read as copy).
 *
 * Each literal that holds copy, or the mail's markup, stays at its own place, unescaped in place
 * (`\'` and `''` are the quote and a soft hyphen, removed before matching; `\n` a line break);
 * everything else is blanked, newlines kept. The literal of a subject column is the subject, and is
 * blanked from the body. Columns that name the template or its sender (name, code, from_name…) are
 * not the mail. One pass; literals and comments that never close end at the file's end.
 */

import { blankedChars, closingQuote } from './lines.js';
import { isCopy, PARAGRAPH_BREAK } from './locale-strings.js';
import { unescapeInPlace } from './template-mask.js';

/** A statement that writes rows: where a file of them keeps its mail. */
const WRITES_ROWS = /\b(?:insert|replace)\s+(?:ignore\s+)?into\s|\bupdate\s+[`"\w.]+\s+set\s/i;

/** A column whose value is the subject line. */
const SUBJECT_COLUMN = /subject/i;
/** A column that titles the mail when no column names its subject (Koha's `letter.title`, osclass's `s_title`). */
const TITLE_COLUMN = /(?:^|_)title$/i;
/** A block comment ("INSERT INTO /*TABLE_PREFIX*\/t_pages"): no part of a name. */
const COMMENT = /\/\*[^*]{0,200}\*\//g;
/** Columns that name the template, its sender or its settings, not what the mail says. */
const NOT_THE_MAIL = /^(?:name|code|module|icon|type|category|tags?|language|lang|status|description|note\w*|from\w*|reply\w*|sender\w*|to|cc|bcc|email|branchcode|available_variables|template_?name|mailtype|context)$/i;

export interface SqlStrings {
  /** The file blanked to its length, the mail's literals kept in place. */
  text: string;
  /** The subject column's literal, and where its text starts. */
  subject: { text: string; offset: number } | null;
}

/** Whether the file writes rows (INSERT, REPLACE or UPDATE … SET) within its first 20,000 characters. */
export function looksLikeSqlStrings(source: string): boolean {
  return WRITES_ROWS.test(source.slice(0, 20_000));
}

interface Literal {
  /** Where the body starts and ends (inside the quotes). */
  from: number;
  to: number;
  column: string | null;
}

/** The literals of the statements, each with the column it is written to when the statement names it. */
function literalsOf(source: string): Literal[] {
  const out: Literal[] = [];
  const n = source.length;
  let columns: string[] = []; // the column list of the current INSERT
  let valueIndex = -1; // position in the current VALUES tuple (-1: not in one)
  let depth = 0; // parentheses inside the tuple
  let inValues = false;
  let listing = false; // reading the column list of an INSERT
  let listText = '';
  let lastWordEnd = 0;
  for (let i = 0; i < n; i++) {
    const c = source[i]!;
    if (c === '-' && source[i + 1] === '-') {
      const nl = source.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      const to = end < 0 ? n : end;
      if (listing) listText += ` ${source.slice(i + 1, to)} `;
      i = to;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = closingQuote(source, i + 1, c, true);
      if (listing && c === '"') listText += ` ${source.slice(i + 1, end)} `;
      else out.push({ from: i + 1, to: end, column: columnOf(source, i, lastWordEnd, inValues && depth === 1 ? columns[valueIndex] ?? null : null) });
      i = end;
      continue;
    }
    if (/[A-Za-z_]/.test(c) && (i === 0 || !/[\w$]/.test(source[i - 1]!))) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(source[j]!)) j++;
      const word = source.slice(i, j).toLowerCase();
      if (listing) listText += ` ${word} `;
      else if (word === 'insert' || word === 'replace') {
        columns = [];
        inValues = false;
      } else if (word === 'values' || word === 'value') {
        inValues = true;
        depth = 0;
      } else if (word === 'update' || (word === 'select' && depth === 0)) inValues = false;
      lastWordEnd = j;
      i = j - 1;
      continue;
    }
    if (c === '(') {
      if (inValues) {
        depth++;
        if (depth === 1) valueIndex = 0;
      } else if (!listing && columns.length === 0 && /\binto\s+[`"\w.]+\s*$/i.test(source.slice(Math.max(0, i - 200), i).replace(COMMENT, ''))) {
        listing = true;
        listText = '';
      }
      continue;
    }
    if (c === ')') {
      if (listing) {
        listing = false;
        columns = listText.split(',').map((s) => s.trim()).filter((s, k, all) => s || k < all.length - 1);
      } else if (inValues && depth > 0) depth--;
      continue;
    }
    if (c === ',') {
      if (listing) listText += ',';
      else if (inValues && depth === 1) valueIndex++;
      continue;
    }
    if (c === ';') inValues = false;
  }
  return out;
}

/** The column a literal is written to: `SET col = '…'` before it, else its place in the VALUES tuple. */
function columnOf(source: string, quoteAt: number, lastWordEnd: number, inTuple: string | null): string | null {
  const before = source.slice(Math.max(0, quoteAt - 120), quoteAt);
  const set = /[`"]?([A-Za-z_]\w*)[`"]?\s*=\s*$/.exec(before);
  if (set && lastWordEnd <= quoteAt) return set[1]!;
  return inTuple;
}

/** A literal's body unescaped in place: "\'" and "''" a quote and a soft hyphen, "\n" a line break, "\r", "\t" blanks. */
function writeLiteral(source: string, out: string[], from: number, to: number, quote: string): void {
  for (let k = from; k < to; k++) {
    const c = source[k]!;
    if (c === '\\' && k + 1 < to) {
      const next = source[k + 1]!;
      if (next === 'n') {
        out[k] = ' ';
        out[k + 1] = '\n';
      } else {
        const read = next === 'r' || next === 't' ? '  ' : unescapeInPlace(c + next, next);
        out[k] = read[0]!;
        out[k + 1] = read[1]!;
      }
      k++;
    } else if (c === quote && source[k + 1] === quote) {
      out[k] = quote;
      out[k + 1] = '\u00ad';
      k++;
    } else out[k] = c;
  }
}

export function sqlStrings(source: string): SqlStrings {
  const out = blankedChars(source);
  const literals = literalsOf(source);
  const hasSubjectColumn = literals.some((l) => l.column !== null && SUBJECT_COLUMN.test(l.column));
  let subject: SqlStrings['subject'] = null;
  for (const l of literals) {
    const quote = source[l.from - 1]!;
    const column = l.column;
    const isSubject = column !== null && (SUBJECT_COLUMN.test(column) || (!hasSubjectColumn && TITLE_COLUMN.test(column)));
    if (isSubject) {
      if (!subject) {
        const chars = blankedChars(source.slice(l.from, l.to));
        writeLiteral(source.slice(l.from, l.to), chars, 0, l.to - l.from, quote);
        const text = chars.join('').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
        if (text) subject = { text, offset: l.from };
      }
      continue;
    }
    if (column !== null && NOT_THE_MAIL.test(column)) continue;
    const body = source.slice(l.from, l.to);
    // (Markup is the mail too: a body column holds the whole HTML of the template.)
    if (!isCopy(body.replace(/<[^<>]{0,300}>/g, ' '), false)) continue;
    writeLiteral(source, out, l.from, l.to, quote);
    // Each literal a paragraph of its own, as a value of a translation file is.
    if (l.from > 0) out[l.from - 1] = PARAGRAPH_BREAK;
  }
  return { text: out.join(''), subject };
}

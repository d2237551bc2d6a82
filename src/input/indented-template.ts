/**
 * Indentation templates — Slim, Haml and Pug (Jade) — where a line opens with its element
 * (`p Bonjour,`, `%p.lead Hello`, `h3(style='…') Title`), carries text after a pipe (`| Thanks`),
 * or runs code (`= link_to "Track your parcel", url`, `- if user.name`). Read as plain text, the
 * element names, attributes and code would be words of the mail ("div p Bonjour, p |").
 *
 * The mail's words stay at their own places and everything else is blanked, newlines kept, so
 * each offset still maps to the author's line:
 *  - an element line keeps its inline text, and starts a paragraph (U+2029 where its element
 *    name was); a piped text line continues the paragraph it sits in;
 *  - an output code line keeps its string literals that read as copy (`= link_to "Vérifier la
 *    disponibilité", …`) and names the value it shows as a placeholder (`= @order.total` is
 *    `${order.total}`, as the masker reads `<%= @order.total %>`); control flow, comments (with
 *    what is indented under them), the doctype and the <head> are blanked;
 *  - Ruby and Pug interpolation `#{expr}` becomes `${name}`, the placeholder the template masker
 *    reads, padded to its length (the name of the value shown, not of a helper around it); markup
 *    written inline is blanked, placeholders in it kept.
 * The result is a text mail (its links, written as code, are not followed). One pass over the
 * lines; nothing is executed.
 */

import { blankedChars } from './lines.js';
import { spokenLiterals } from './template-mask.js';
import { PARAGRAPH_BREAK, copyInto, withoutMarkup } from './locale-strings.js';

/** Element names an indentation template opens a line with (HTML's, as mail uses them). */
const ELEMENTS = new Set(('a abbr address article aside b big blockquote body br html button caption center cite code col colgroup dd del div dl dt em '
  + 'font footer h1 h2 h3 h4 h5 h6 header hr i img label li main nav ol p pre s section small span strike strong sub sup table tbody td '
  + 'tfoot th thead tr tt u ul').split(' '));
/** Elements whose content is never shown: their lines and what is indented under them are blanked. */
const HIDDEN = new Set(['head', 'title', 'meta', 'link', 'style', 'script', 'doctype']);

/** An element's name and selectors at a line's start: `p`, `%p.lead`, `.btn-wrapper`, `td#cell`. */
const ELEMENT_HEAD = /^%?([A-Za-z][\w-]*)?((?:[.#][\w-]+)*)/;
/** A bare attribute after the element (Slim): `style="…"`, `width='150px'`, `data-x=1`. */
const BARE_ATTRIBUTE = /^[ \t]+[\w:@-]+[ \t]*=[ \t]*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=]+)/;
/** The interpolation `#{…}` (one level of nested braces allowed). */
const INTERPOLATION = /#\{((?:[^{}\n]|\{[^{}\n]*\}){0,500})\}/g;

export type IndentedLanguage = 'slim' | 'haml' | 'pug';

export function indentedTemplateText(source: string, language: IndentedLanguage): string {
  const out = blankedChars(source);
  // Under a comment or a hidden element: the indentation it opened at; its deeper lines are blanked.
  let skipIndent = -1;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const indent = /^[ \t]*/.exec(line)![0].length;
    const rest = line.slice(indent);
    const at = lineStart + indent;
    if (!rest.trim()) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (skipIndent >= 0 && indent > skipIndent) {
      lineStart = lineEnd + 1;
      continue;
    }
    skipIndent = -1;
    if (isComment(rest, language) || /^(?:doctype|!!!)\b/i.test(rest)) {
      skipIndent = indent;
    } else if (rest[0] === '|' || rest[0] === "'") {
      // Piped text (Slim's ' adds a space after it): the words after the marker.
      copyInto(out, source, at + 1, lineEnd);
    } else if (rest[0] === '=' || rest[0] === '-' || rest[0] === '~' || rest[0] === '!' || rest[0] === '&') {
      // Code: an output line's copy literals, nothing of a control line.
      if (/^[!&]?[=~]/.test(rest)) keepLiterals(out, rest, at);
    } else if (rest[0] === '<') {
      // Inline HTML: the text in it (its tags go with the markup below).
      copyInto(out, source, at, lineEnd);
    } else {
      const head = ELEMENT_HEAD.exec(rest)!;
      const name = (head[1] ?? '').toLowerCase();
      if (HIDDEN.has(name)) skipIndent = indent;
      else if ((name && ELEMENTS.has(name)) || (!name && head[2])) readElementLine(out, source, rest, at, head[0].length);
      // Not an element: text as written (a word Slim would take for a custom tag is still copy).
      else copyInto(out, source, at, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  return withoutMarkup(placeholdersOf(out.join('')));
}

/** Comments: Slim `/`, Haml `-#` and `/`, Pug `//` and `//-`. */
function isComment(rest: string, language: IndentedLanguage): boolean {
  if (language === 'pug') return rest.startsWith('//');
  return rest[0] === '/' || (language === 'haml' && rest.startsWith('-#'));
}

/** An element line: a paragraph break where it opens, then its inline text or its code's copy literals. */
function readElementLine(out: string[], source: string, rest: string, at: number, headLength: number): void {
  out[at] = PARAGRAPH_BREAK;
  let k = headLength;
  // Attributes in brackets: (…) in Pug and Slim, {…} in Haml and Slim, […] in Slim.
  const open = rest[k];
  if (open === '(' || open === '{' || open === '[') {
    const close = closingBracket(rest, k);
    if (close < 0) return;
    k = close + 1;
  }
  for (let m = BARE_ATTRIBUTE.exec(rest.slice(k)); m; m = BARE_ATTRIBUTE.exec(rest.slice(k))) k += m[0].length;
  // Pug's "p." (a text block follows) and Slim's "p/" (self-closing) and "p:" (nesting) say nothing.
  while (rest[k] === '.' || rest[k] === '/' || rest[k] === ':' || rest[k] === '<' || rest[k] === '>') k++;
  const text = rest.slice(k);
  if (/^[!&]?[=~]/.test(text)) keepLiterals(out, text, at + k);
  else copyInto(out, source, at + k, at + rest.length);
}

/** The index of the bracket closing the one at `from` (quotes and nesting counted), or -1 on this line. */
function closingBracket(s: string, from: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  let quote = '';
  for (let k = from; k < s.length; k++) {
    const c = s[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (pairs[c]) stack.push(pairs[c]!);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return k;
    }
  }
  return -1;
}

/** Helpers around the value an output line shows (Rails, Pug): not its name. */
const HELPERS = new Set(['link_to', 'link_to_if', 'link_to_unless', 'button_to', 'mail_to', 'image_tag', 'content_tag', 'render', 'partial',
  'raw', 'h', 't', 'l', 'translate', 'localize', 'simple_format', 'sanitize', 'truncate', 'number_to_currency', 'number_with_delimiter', 'format',
  'if', 'unless', 'else', 'true', 'false', 'nil', 'null', 'do', 'end', 'class', 'style', 'target', 'locals']);
/** No helpers: an interpolation's name falls back to its first name, whatever it is. */
const NO_HELPERS: ReadonlySet<string> = new Set();

/**
 * The value a piece of code shows: a variable or attribute (@order, order.number, not I18n.l),
 * else its first name that is none of `helpers`.
 */
function valueName(code: string, helpers: ReadonlySet<string> = HELPERS): { name: string; index: number } | null {
  let first: { name: string; index: number } | null = null;
  for (const m of code.matchAll(/@?[A-Za-z_][\w.]*/g)) {
    const name = m[0];
    if (name.startsWith('@') || (name.includes('.') && !/^I18n\./.test(name))) return { name, index: m.index! };
    if (!first && !helpers.has(name.toLowerCase())) first = { name, index: m.index! };
  }
  return first;
}

/** The placeholder the template masker reads as `name` (an instance variable without its @). */
function placeholderFor(name: string): string {
  return `\${${name.replace(/^@/, '')}}`;
}

/**
 * An output code line: its string literals that read as copy, at their places, and the value it
 * shows as the placeholder `${name}` where that name is written (as the masker reads `<%= @order.total %>`).
 */
function keepLiterals(out: string[], code: string, at: number): void {
  const spoken = spokenLiterals(code);
  if (spoken) for (let k = 0; k < spoken.length; k++) if (spoken[k] !== ' ' && spoken[k] !== '\n') out[at + k] = spoken[k]!;
  const value = valueName(code);
  if (!value) return;
  const placeholder = placeholderFor(value.name);
  // (Where the name is written, or as near as fits over the code itself, clear of a kept literal.)
  const start = Math.min(value.index, code.length - placeholder.length);
  if (start < 0) return;
  const from = at + start;
  for (let k = 0; k < placeholder.length; k++) if (out[from + k] !== ' ') return;
  for (let k = 0; k < placeholder.length; k++) out[from + k] = placeholder[k]!;
}

/** `#{expr}` as `${name}` padded to its length: the masker reads it as the placeholder `name`. */
function placeholdersOf(text: string): string {
  return text.replace(INTERPOLATION, (whole, inner: string) => {
    // The value it shows, not the helper around it: #{link_to(order.number, …)} and
    // #{I18n.l(@rdv.starts_at)} name order.number and rdv.starts_at.
    const value = valueName(inner, NO_HELPERS);
    const placeholder = value ? placeholderFor(value.name) : '';
    return placeholder.length <= whole.length ? placeholder + ' '.repeat(whole.length - placeholder.length) : ' '.repeat(whole.length);
  });
}

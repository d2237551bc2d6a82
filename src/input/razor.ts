/**
 * ASP.NET Razor templates (.cshtml, .razor): the markup is the mail; C# is not. Directives
 * (`@model`, `@using`, `@inject`…), code blocks (`@{ … }`), comments (`@* … *@`) and the
 * headers and braces of control blocks (`@if (…) {`, `} else {`, `@foreach (…) {`) are blanked;
 * an expression (`@Model.OrderNumber`, `@(total)`, `@Url.Action(…)`) is a placeholder named by its
 * path; a localizer's literal (`@Localizer["Thanks for your order"]`, `@T("…")`) is its copy. A
 * subject a code block sets (`ViewData["Subject"] = "…"`, `ViewBag.Subject = "…"`) is written as
 * the page's <title>, where the subject of an HTML template is read.
 *
 * The output has the source's length and line breaks, so offsets still map to the author's lines.
 * One pass; brackets are matched with a counter, strings skipped; nothing is evaluated. An `@` inside
 * a word (an e-mail address) is text, and `@@` is one `@`.
 */

import type { Placeholder } from '../types.js';
import { unescapeInPlace, type MaskResult } from './template-mask.js';
import { closingQuote } from './lines.js';

/** Directives that take the rest of their line. */
const DIRECTIVE = /^(?:model|using|inject|inherits|layout|page|namespace|addTagHelper|removeTagHelper|tagHelperPrefix|implements|attribute|preservewhitespace|rendermode|typeparam)\b/;
/** Keywords that open a control block: a header in parentheses (or none), then braces. */
const CONTROL = /^(?:if|foreach|for|while|switch|using|lock|try|do|section|functions|code)\b/;
/** A localizer's call whose first literal is the copy: @Localizer["…"], @L["…"], @T("…"), @SharedLocalizer["…"]. */
const LOCALIZER = /^(?:[A-Za-z]*Localizer|L|T)\s*[[(]/;
/** The subject a code block sets for the layout. */
const SUBJECT_SET = /(?:ViewData|ViewBag)\s*(?:\[\s*"(?:Subject|EmailSubject)"\s*\]|\.(?:Subject|EmailSubject))\s*=\s*"((?:[^"\\\n]|\\.){1,300})"/;

export function maskRazor(source: string): MaskResult {
  const out = source.split('');
  const placeholders: Placeholder[] = [];
  // The braces open around the current place: a control block's (its closing brace is blanked
  // too) or the markup's own (a style rule inside @section Styles { … } keeps its braces).
  const open: Array<'control' | 'markup'> = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '{' && open.length > 0) {
      open.push('markup');
      i++;
      continue;
    }
    if (c === '}' && open.length > 0) {
      if (open.pop() === 'control') {
        out[i] = ' ';
        i = afterElse(source, i + 1, out, () => open.push('control'));
      } else i++;
      continue;
    }
    if (c !== '@' || (i > 0 && /[\w.]/.test(source[i - 1]!))) {
      i++;
      continue;
    }
    const next = source[i + 1] ?? '';
    if (next === '@') {
      // An escaped @: the second one is the text's.
      out[i] = ' ';
      i += 2;
      continue;
    }
    if (next === '*') {
      const end = source.indexOf('*@', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      blankRange(out, i, stop);
      i = stop;
      continue;
    }
    if (next === '{') {
      const stop = matching(source, i + 1, '{', '}');
      const subject = SUBJECT_SET.exec(source.slice(i, stop));
      blankRange(out, i, stop);
      if (subject) writeTitle(out, source, i + subject.index, subject[1]!.replace(/\\(.)/g, '$1'));
      i = stop;
      continue;
    }
    if (next === '(') {
      const stop = matching(source, i + 1, '(', ')');
      placeholders.push({ name: pathName(source.slice(i + 2, stop - 1)), offset: i });
      blankRange(out, i, stop);
      i = stop;
      continue;
    }
    const rest = source.slice(i + 1, i + 200);
    if (DIRECTIVE.test(rest)) {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      blankRange(out, i, stop);
      i = stop;
      continue;
    }
    if (CONTROL.test(rest)) {
      i = controlHeader(source, i, out);
      open.push('control');
      continue;
    }
    if (LOCALIZER.test(rest)) {
      const open = i + 1 + rest.search(/[[(]/);
      const stop = matching(source, open, source[open]!, source[open] === '[' ? ']' : ')');
      const literal = /"((?:[^"\\\n]|\\.){1,2000})"/.exec(source.slice(open, stop));
      blankRange(out, i, stop);
      if (literal) {
        // The copy at its own place, its {0} arguments blanked (they stand for values).
        // (Its escapes as every template reader writes them: \" a quote joined to its word, \n a blank.)
        const text = literal[1]!.replace(/\\(.)/g, unescapeInPlace).replace(/\{\d+(?:[,:][^}]*)?\}/g, (m) => ' '.repeat(m.length));
        const at = open + 1 + literal.index;
        for (let k = 0; k < text.length && at + k < stop; k++) out[at + k] = text[k]!;
      }
      i = stop;
      continue;
    }
    const expression = /^[A-Za-z_]\w*/.exec(rest);
    if (expression) {
      const stop = implicitEnd(source, i + 1 + expression[0].length);
      placeholders.push({ name: pathName(source.slice(i + 1, stop)), offset: i });
      blankRange(out, i, stop);
      i = stop;
      continue;
    }
    i++;
  }
  return { masked: out.join(''), placeholders, languages: new Set(['razor']) };
}

/** Past the bracket that closes the one opened at `open` (strings and chars skipped); the end of input if none. */
function matching(source: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let k = open; k < source.length; k++) {
    const c = source[k]!;
    if (c === '"' || (c === "'" && source[k + 2] === "'")) {
      k = stringEnd(source, k);
      continue;
    }
    if (c === opener) depth++;
    else if (c === closer && --depth === 0) return k + 1;
  }
  return source.length;
}

/** The index of the quote closing the string literal opened at `at`: a verbatim @"…" has no escapes and doubles its quotes. */
function stringEnd(source: string, at: number): number {
  const quote = source[at]!;
  if (at === 0 || source[at - 1] !== '@') return closingQuote(source, at + 1, quote);
  for (let k = source.indexOf(quote, at + 1); k >= 0; k = source.indexOf(quote, k + 2)) {
    if (source[k + 1] !== quote) return k;
  }
  return source.length;
}

/** Where an implicit expression ends: its member accesses, calls and indexers (`Model.Items[0].Price.ToString("C")`). */
function implicitEnd(source: string, from: number): number {
  let k = from;
  for (;;) {
    const c = source[k];
    if (c === '.' && /[A-Za-z_]/.test(source[k + 1] ?? '')) {
      k++;
      while (k < source.length && /\w/.test(source[k]!)) k++;
    } else if (c === '(' || c === '[') {
      k = matching(source, k, c, c === '(' ? ')' : ']');
    } else if (c === '?' && source[k + 1] === '.') {
      k++;
    } else return k;
  }
}

/** A control block's header blanked: its keyword, its parenthesised condition and its opening brace. */
function controlHeader(source: string, at: number, out: string[]): number {
  let k = at + 1;
  while (k < source.length && /\w/.test(source[k]!)) k++;
  // (@section Name { … }: the section's name.)
  while (k < source.length && /[ \t]/.test(source[k]!)) k++;
  if (source[k] === '(') k = matching(source, k, '(', ')');
  else while (k < source.length && /\w/.test(source[k]!)) k++;
  while (k < source.length && /\s/.test(source[k]!)) k++;
  if (source[k] === '{') k++;
  blankRange(out, at, k);
  return k;
}

/** After a control block's closing brace: an `else`, `else if (…)`, `catch (…)` or `finally` header that opens the next block. */
function afterElse(source: string, from: number, out: string[], opened: () => void): number {
  let k = from;
  while (k < source.length && /\s/.test(source[k]!)) k++;
  const word = /^(?:else\s+if|else|catch|finally)\b/.exec(source.slice(k, k + 12));
  if (!word) return from;
  let j = k + word[0].length;
  while (j < source.length && /[ \t]/.test(source[j]!)) j++;
  if (source[j] === '(') j = matching(source, j, '(', ')');
  while (j < source.length && /\s/.test(source[j]!)) j++;
  if (source[j] !== '{') return from;
  blankRange(out, k, j + 1);
  opened();
  return j + 1;
}

/** A placeholder's name: the dotted path of an expression, its calls and arguments dropped (Model.OrderNumber). */
function pathName(expression: string): string {
  return (expression.match(/[A-Za-z_]\w*(?:\??\.[A-Za-z_]\w*)*/)?.[0] ?? 'expression').replace(/\?/g, '').slice(0, 100);
}

/** The subject a code block sets, written as the page's <title> over the blanked line that set it (if it fits there). */
function writeTitle(out: string[], source: string, at: number, subject: string): void {
  const title = `<title>${subject.replace(/[<>&]/g, ' ')}</title>`;
  const start = source.lastIndexOf('\n', at) + 1;
  let end = source.indexOf('\n', at);
  if (end < 0) end = source.length;
  if (end - start < title.length) return;
  for (let m = 0; m < title.length; m++) out[start + m] = title[m]!;
}

/** Blanks out[from, to), its line breaks kept. */
function blankRange(out: string[], from: number, to: number): void {
  for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
}

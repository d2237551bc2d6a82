/**
 * Laravel's Markdown mail: a Blade template whose body is Markdown, wrapped in mail components —
 * `<x-mail::message>`, `<x-mail::button :url="…">Label</x-mail::button>`, or the older
 * `@component('mail::button', ['url' => $url]) Label @endcomponent`. The components are written
 * over with the HTML they stand for (a button link, a footer, a division) so that the Markdown
 * reader and the block model see a button where the recipient sees one.
 *
 * Every rewrite keeps the text's length and its line breaks: locations still point at the
 * author's lines and columns after it.
 */

import { blankKeepingLines } from './lines.js';

/** A Laravel Markdown mail declares its layout component near the top. */
const MAIL_MESSAGE = /<x-mail::message\b|@component\(\s*['"]mail::message['"]/;

export function isLaravelMarkdownMail(src: string): boolean {
  return MAIL_MESSAGE.test(src.slice(0, 64 * 1024));
}

/** What each mail component is drawn as; the button's address is read from its url argument. */
const DRAWN_AS: Record<string, string> = { button: 'a', footer: 'footer' };

/** A component tag (`<x-mail::name …>`, `</x-mail::name>`) or a Blade component directive. */
const COMPONENT = /<(\/?)x-mail::([a-z-]+)\b((?:[^<>"']|"[^"<]{0,2000}"|'[^'<]{0,2000}'){0,4000})>|@component\(\s*['"]mail::([a-z-]+)['"]|@endcomponent\b/g;

/** The url argument of a button: `:url="route('shop')"`, `url="{{ $link }}"`, `['url' => $url]`. */
const TAG_URL = /(?:^|\s):?url\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ARG_URL = /['"]url['"]\s*=>\s*/;

export function rewriteLaravelMailComponents(src: string): string {
  const open: string[] = [];
  let out = '';
  let last = 0;
  COMPONENT.lastIndex = 0;
  for (let m = COMPONENT.exec(src); m; m = COMPONENT.exec(src)) {
    let whole = m[0];
    let html: string;
    if (whole.startsWith('@endcomponent')) {
      html = `</${open.pop() ?? 'div'}>`;
    } else if (m[4] !== undefined) {
      // The directive runs to the parenthesis that closes it: its arguments nest brackets and calls.
      const close = closingParen(src, m.index + whole.indexOf('('));
      if (close < 0) continue;
      whole = src.slice(m.index, close + 1);
      COMPONENT.lastIndex = close + 1;
      const el = DRAWN_AS[m[4]] ?? 'div';
      open.push(el);
      html = opening(el, m[4] === 'button' ? argUrl(whole.slice(whole.indexOf('(') + 1, -1)) : null);
    } else {
      const el = DRAWN_AS[m[2]!] ?? 'div';
      const attrs = m[3] ?? '';
      const selfClosing = attrs.trimEnd().endsWith('/');
      if (m[1]) html = `</${el}>`;
      else {
        const url = m[2] === 'button' ? TAG_URL.exec(attrs) : null;
        html = opening(el, url ? (url[1] ?? url[2] ?? '') : null) + (selfClosing ? `</${el}>` : '');
      }
    }
    out += src.slice(last, m.index) + overwrite(whole, html);
    last = m.index + whole.length;
  }
  return last === 0 ? src : out + src.slice(last);
}

function opening(el: string, url: string | null): string {
  if (el !== 'a') return `<${el}>`;
  // (class=btn: the shortest form the block model reads as a button; it must fit where the component was.)
  return `<a class=btn href="${(url ?? '').replace(/"/g, "'")}">`;
}

/** Arguments longer than this are no mail component's: the directive is left to the masker. */
const ARGS_WITHIN = 600;

/** Where the parenthesis opened at `at` closes (quotes and nesting respected; -1 past ARGS_WITHIN characters). */
function closingParen(src: string, at: number): number {
  const end = Math.min(src.length, at + ARGS_WITHIN);
  const close = argumentEnd(src, at + 1, end, false);
  return close < end && src[close] === ')' ? close : -1;
}

/** The url argument of `@component('mail::button', [...])`, up to the next top-level comma. */
function argUrl(args: string): string {
  const at = ARG_URL.exec(args);
  if (!at) return '';
  const from = at.index + at[0].length;
  return args.slice(from, argumentEnd(args, from, args.length, true)).trim();
}

/**
 * Where a PHP argument starting at `from` ends: at the bracket that closes the call or array
 * around it, or at a comma at its own level when `atComma`; quotes and nested brackets respected.
 * `end` when neither comes first.
 */
function argumentEnd(s: string, from: number, end: number, atComma: boolean): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < end; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth-- === 0) return i;
    else if (atComma && c === ',' && depth === 0) return i;
  }
  return end;
}

/**
 * `html` written over `original`, padded with blanks to the same length, line breaks kept. When
 * the HTML would not fit before the original's first line break, the original stays (the masker
 * blanks Blade directives; a tag the block model does not know is read as a division).
 */
function overwrite(original: string, html: string): string {
  const firstBreak = original.indexOf('\n');
  const room = firstBreak < 0 ? original.length : firstBreak;
  if (html.length > room) return original;
  return html + blankKeepingLines(original.slice(html.length));
}

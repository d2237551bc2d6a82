/**
 * Markdown bodies (a `.md` template, a Laravel Markdown mail) read as the HTML they render to, so
 * that paragraphs, headings, list items, links and buttons reach the block model as they reach the
 * recipient: a blank line ends a paragraph, `# Welcome` is a heading, `[Shop now](https://…)` a link.
 *
 * The conversion is line for line (line N of the HTML holds what line N of the Markdown said, so a
 * finding's line number is the author's), and it keeps a map from each source offset to where that
 * character landed, so that a masked placeholder inside a link's address still sits inside that
 * link's start tag. It covers what mail is written with (ATX headings, paragraphs, lists, block
 * quotes, tables, rules, fenced code, strong emphasis, links, images, autolinks) and passes inline
 * HTML through, as Markdown does; every pattern is linear in the line's length.
 */

import { escapeText } from '../escape-text.js';

const HEADING = /^( {0,3}#{1,6})(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$|[ \t]+$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>[ \t]?/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
/** Lines converted, and cells read in a table row: far beyond real mail, a bound on hostile files. */
const MAX_LINES = 20_000;
const MAX_CELLS = 100;

/** A line that is one HTML tag and nothing else (`<div>`, `</a>`): a block of markup of its own. */
const TAG_LINE = /^[ \t]*<\/?[A-Za-z][\w:.-]*(?:[ \t](?:[^<>"']|"[^"\n]*"|'[^'\n]*')*)?\/?>[ \t]*$/;

/** Inline constructs, in one pass: image, link, autolink, bare address, strong emphasis, empty strong markers. */
const INLINE = new RegExp(
  [
    /!\[([^[\]\n]{0,500})\]\(([ \t]*<?[^()\s<>]{0,2000}>?)(?:[ \t]+"[^"\n]{0,300}")?[ \t]*\)/.source,
    /\[([^[\]\n]{0,500})\]\(([ \t]*<?[^()\s<>]{0,2000}(?:\([^()\s]{0,200}\))?>?[ \t]*)(?:[ \t]+"[^"\n]{0,300}")?\)/.source,
    /<((?:https?|mailto):[^<>\s]{1,2000})>/.source,
    /(?<=^|[\s(])((?:https?:\/\/|www\.)[^\s<>()"']{2,2000})/.source,
    /(?:\*\*|__)(?=\S)([^*_\n]{0,500}?\S)(?:\*\*|__)/.source,
    /\*\*[ \t]{0,200}\*\*/.source,
  ].join('|'),
  'g',
);

export interface MarkdownHtml {
  html: string;
  /** Where the character at a source offset is in `html` (for offsets the masker recorded). */
  mapOffset(offset: number): number;
}

/** The HTML being written, with the source span each copied run came from. */
class Writer {
  private parts: string[] = [];
  private length = 0;
  /** [source offset, html offset, length] of every copied run, in source order. */
  readonly runs: Array<[number, number, number]> = [];

  emit(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  copy(src: string, from: number, to: number, escape = false): void {
    if (to <= from) return;
    const text = src.slice(from, to);
    if (escape) {
      this.emit(escapeText(text));
      return;
    }
    this.runs.push([from, this.length, to - from]);
    this.emit(text);
  }

  done(): MarkdownHtml {
    const html = this.parts.join('');
    const runs = [...this.runs].sort((a, b) => a[0] - b[0]);
    return {
      html,
      mapOffset(offset: number): number {
        // The run holding the offset, or the first run after it (an offset inside removed syntax).
        let lo = 0;
        let hi = runs.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          const [from, , len] = runs[mid]!;
          if (from + len <= offset) lo = mid + 1;
          else hi = mid;
        }
        const run = runs[lo];
        if (!run) return html.length;
        return offset >= run[0] ? run[1] + (offset - run[0]) : run[1];
      },
    };
  }
}

export function markdownToHtml(src: string): MarkdownHtml {
  const w = new Writer();
  let open: 'p' | 'li' | null = null;
  let inList = false;
  let fence = '';
  const close = (): void => {
    if (open === 'p') w.emit('</p>');
    if (open === 'li') w.emit('</li>');
    open = null;
  };
  const endList = (): void => {
    close();
    if (inList) w.emit('</ul>');
    inList = false;
  };
  let start = 0;
  let lineCount = 0;
  while (start <= src.length) {
    if (++lineCount > MAX_LINES) {
      // Past what any mail is written in: the rest is passed on as it stands (read as text), so a
      // hostile file of a million lines costs one copy, not a million conversions.
      endList();
      w.copy(src, start, src.length);
      break;
    }
    const nl = src.indexOf('\n', start);
    const end = nl < 0 ? src.length : nl;
    const lineEnd = end > start && src[end - 1] === '\r' ? end - 1 : end;
    readLine(src, start, lineEnd);
    if (nl < 0) break;
    w.copy(src, lineEnd, nl + 1);
    start = nl + 1;
  }
  if (!fence) endList();
  return w.done();

  function readLine(s: string, from: number, to: number): void {
    const line = s.slice(from, to);
    if (fence) {
      // Code is shown as written: escaped, one paragraph per line.
      if (line.trimStart().startsWith(fence)) fence = '';
      else if (line.trim()) {
        w.emit('<p>');
        w.copy(s, from, to, true);
        w.emit('</p>');
      }
      return;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1]!.slice(0, 3);
      endList();
      return;
    }
    if (!line.trim()) {
      endList();
      w.copy(s, from, to);
      return;
    }
    const h = HEADING.exec(line);
    if (h) {
      const n = h[1]!.trim().length;
      endList();
      const body = line.slice(h[0].length);
      const trail = CLOSING_HASHES.exec(body);
      w.emit(`<h${n}>`);
      inline(s, from + h[0].length, to - (trail ? trail[0].length : 0));
      w.emit(`</h${n}>`);
      return;
    }
    if (RULE.test(line)) {
      endList();
      w.emit('<hr>');
      return;
    }
    if (TAG_LINE.test(line)) {
      endList();
      w.copy(s, from, to);
      return;
    }
    if (TABLE_RULE.test(line) && line.includes('-')) {
      endList();
      return;
    }
    if (TABLE_ROW.test(line)) {
      endList();
      w.emit('<table><tr>');
      // Cells between the pipes; the pipes themselves are dropped.
      const first = s.indexOf('|', from);
      const last = s.lastIndexOf('|', to - 1);
      let cell = first + 1;
      for (let n = 1; cell <= last; n++) {
        const bar = n < MAX_CELLS ? s.indexOf('|', cell) : -1;
        const cellEnd = bar < 0 || bar > last ? last : bar;
        w.emit('<td>');
        inline(s, cell, cellEnd);
        w.emit('</td>');
        cell = cellEnd + 1;
      }
      w.emit('</tr></table>');
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      close();
      if (!inList) w.emit('<ul>');
      inList = true;
      open = 'li';
      w.emit('<li>');
      inline(s, from + item[0].length, to);
      return;
    }
    const quote = QUOTE.exec(line);
    const textFrom = from + (quote ? quote[0].length : 0);
    if (open) {
      // A line that goes on with the paragraph (or list item) above it: a space, as a soft break is.
      w.emit(' ');
    } else {
      endList();
      open = 'p';
      w.emit('<p>');
    }
    inline(s, textFrom, to);
  }

  /** Inline Markdown of one line's span: links, images, autolinks and strong emphasis; HTML passes through. */
  function inline(s: string, from: number, to: number): void {
    const text = s.slice(from, to);
    let at = 0;
    for (const m of text.matchAll(INLINE)) {
      const i = m.index;
      w.copy(s, from + at, from + i);
      const base = from + i;
      const whole = m[0];
      if (m[1] !== undefined) {
        // ![alt](src)
        w.emit('<img alt="');
        w.copy(s, base + 2, base + 2 + m[1].length);
        w.emit('" src="');
        const srcAt = whole.indexOf('(', 2 + m[1].length) + 1;
        copyAddress(s, base + srcAt, base + srcAt + m[2]!.length);
        w.emit('">');
      } else if (m[3] !== undefined) {
        // [text](href): the address first, where a start tag has it.
        const hrefAt = 1 + m[3].length + 2;
        w.emit('<a href="');
        copyAddress(s, base + hrefAt, base + hrefAt + m[4]!.length);
        w.emit('">');
        w.copy(s, base + 1, base + 1 + m[3].length);
        w.emit('</a>');
      } else if (m[5] !== undefined) {
        w.emit('<a href="');
        w.copy(s, base + 1, base + 1 + m[5].length);
        w.emit('">');
        w.copy(s, base + 1, base + 1 + m[5].length);
        w.emit('</a>');
      } else if (m[6] !== undefined) {
        w.emit(`<a href="${m[6].startsWith('www.') ? 'https://' : ''}`);
        w.copy(s, base, base + m[6].length);
        w.emit('">');
        w.copy(s, base, base + m[6].length);
        w.emit('</a>');
      } else if (m[7] !== undefined) {
        w.emit('<b>');
        w.copy(s, base + 2, base + 2 + m[7].length);
        w.emit('</b>');
      } else {
        // Markers left around a value the masker took out ("**{{ $name }}**" → "** **").
        w.emit(' ');
      }
      at = i + whole.length;
    }
    w.copy(s, from + at, to);
  }

  /** An address between `(` and `)`, without the blanks and angle brackets around it. */
  function copyAddress(s: string, from: number, to: number): void {
    let a = from;
    let b = to;
    while (a < b && (s[a] === ' ' || s[a] === '\t' || s[a] === '<')) a++;
    while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t' || s[b - 1] === '>')) b--;
    // A blank address is a placeholder the masker took out: kept, so that its offset lands here.
    if (a === b) w.copy(s, from, to);
    else w.copy(s, a, b);
  }
}

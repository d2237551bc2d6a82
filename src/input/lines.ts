/** Maps string offsets to 1-based line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // indexOf finds each newline far faster than a charCodeAt loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text.slice(0, offset + 1)).at(offset);
}

/**
 * `text` with every character but a line break blanked, the same length: what masks code, comments
 * and tags so that every offset and line still points at the author's text.
 */
export function blankKeepingLines(text: string): string {
  return text.includes('\n') ? text.replace(/[^\n]/g, ' ') : ' '.repeat(text.length);
}

/** blankKeepingLines as one character per slot, to write the kept text back into. */
export function blankedChars(text: string): string[] {
  return blankKeepingLines(text).split('');
}

/**
 * The index of the `quote` closing a string opened before `from`, backslash escapes skipped (the
 * source's end if none); with `doubled`, a doubled quote is one quote of the string too (SQL's 'it''s').
 */
export function closingQuote(source: string, from: number, quote: string, doubled = false): number {
  for (let k = from; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') {
      k++;
      continue;
    }
    if (c === quote) {
      if (doubled && source[k + 1] === quote) {
        k++;
        continue;
      }
      return k;
    }
  }
  return source.length;
}

/**
 * Quoted-printable body decoding, byte for byte what libqp's `decode` (mailparser's decoder)
 * returns, but on bytes: libqp turns the body into a string, runs two regex replaces over it and
 * reads it back char by char, a quarter of the time of reading a typical HTML newsletter.
 * test/input/quoted-printable.test.ts holds it to libqp on generated and real input.
 *
 * The rules, in libqp's order:
 * 1. blanks (space, tab) at the end of a line or of the input are dropped (RFC 2045 6.7 (3));
 * 2. a soft line break, "=" before LF, CRLF or the end of the input, is dropped;
 * 3. "=XX" with two hex digits (either case) is that byte; any other byte is kept as it is.
 */
export function decodeQuotedPrintable(bytes: Uint8Array): Buffer {
  // Plain Uint8Array views: V8 indexes a Buffer (a Uint8Array subclass) about 3× slower.
  const input = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return decodeInOnePass(input) ?? decodeInThreePasses(input);
}

/**
 * The three rules in one pass, for input where every "=" is an escape with two hex digits or a
 * soft break right before the line end: then no rule changes what another one sees (hex digits
 * are never blanks, "=" or line ends). Null at the first other "=" ("a=b", "= \r\n", "=4=\r\n1"),
 * for the three-pass reading.
 */
function decodeInOnePass(input: Uint8Array): Buffer | null {
  const n = input.length;
  const out = new Uint8Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const b = input[i]!;
    if (b === 0x3d) {
      if (i + 2 < n) {
        const hi = hexValue(input[i + 1]!);
        const lo = hi < 0 ? -1 : hexValue(input[i + 2]!);
        if (lo >= 0) {
          out[w++] = hi * 16 + lo;
          i += 2;
          continue;
        }
      }
      const soft = softBreakLength(input, i, n);
      if (!soft) return null;
      i += soft - 1;
      continue;
    }
    if (b === 0x20 || b === 0x09) {
      const j = blankRunEnd(input, i);
      if (!endsLine(input, j)) for (; i < j; i++) out[w++] = input[i]!;
      i = j - 1;
      continue;
    }
    out[w++] = b;
  }
  return Buffer.from(out.buffer, 0, w);
}

function decodeInThreePasses(input: Uint8Array): Buffer {
  const n = input.length;
  // Step 1 into `kept`, then steps 2 and 3 in place (neither output is longer than its input).
  const kept = new Uint8Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const b = input[i]!;
    if (b === 0x20 || b === 0x09) {
      const j = blankRunEnd(input, i);
      if (!endsLine(input, j)) for (; i < j; i++) kept[k++] = input[i]!;
      i = j - 1;
      continue;
    }
    kept[k++] = b;
  }
  let w = 0;
  for (let i = 0; i < k; i++) {
    const b = kept[i]!;
    const soft = b === 0x3d ? softBreakLength(kept, i, k) : 0;
    if (soft) {
      i += soft - 1;
      continue;
    }
    kept[w++] = b;
  }
  // Step 3 over the w bytes now in `kept`.
  let out = 0;
  for (let i = 0; i < w; i++) {
    const b = kept[i]!;
    if (b === 0x3d && i < w - 2) {
      const hi = hexValue(kept[i + 1]!);
      const lo = hi < 0 ? -1 : hexValue(kept[i + 2]!);
      if (lo >= 0) {
        kept[out++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    kept[out++] = b;
  }
  return Buffer.from(kept.buffer, 0, out);
}

/** The length of the soft line break ("=" before LF, CRLF or the end) at `i` of the first `n` bytes; 0 if none. */
function softBreakLength(bytes: Uint8Array, i: number, n: number): number {
  if (i + 1 === n) return 1;
  if (bytes[i + 1] === 0x0a) return 2;
  if (bytes[i + 1] === 0x0d && i + 2 < n && bytes[i + 2] === 0x0a) return 3;
  return 0;
}

/** Where the run of blanks (space, tab) starting at `i` ends. */
function blankRunEnd(input: Uint8Array, i: number): number {
  let j = i + 1;
  while (j < input.length && (input[j] === 0x20 || input[j] === 0x09)) j++;
  return j;
}

/** A line end or the end of the input at `j`: blanks before it are dropped (rule 1). */
function endsLine(input: Uint8Array, j: number): boolean {
  return j === input.length || input[j] === 0x0a || input[j] === 0x0d;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

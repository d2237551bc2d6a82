import { createRequire } from 'node:module';
import { iconv } from '../lazy.js';

const require = createRequire(import.meta.url);

/**
 * The common, plain shape of a raw message cut into its MIME parts without mailsplit.
 *
 * mailsplit's splitter requires libmime, and libmime builds iconv-lite's GBK, UTF-7, UTF-16 and
 * UTF-32 codecs and loads encoding-japanese as it loads: about 50 ms of every `graylint check
 * one.eml`, for tables a UTF-8 or ASCII message never uses. Most messages are plain: ASCII MIME
 * headers without comments, quoting tricks or RFC 2231 parameters, text in UTF-8, ASCII or a
 * single-byte charset (ISO-8859-x, windows-125x, KOI8), parts
 * that each end at their parent's delimiter line and multiparts that are closed. Those are split
 * here, to the very parts, headers and body bytes mailsplit gives; anything else is declined
 * (null) and the caller runs mailsplit. (Encoded words in Subject, From and Reply-To in other
 * charsets are found later, by decodeMimeWords, and send the message to mailsplit too.)
 * test/mime-light.test.ts compares the two on every fixture and on random messages.
 */

/** The fields of a mailsplit MimeNode that mime-direct.ts reads. */
export interface SplitNode {
  type: 'node';
  root: boolean;
  parentNode: SplitNode | false;
  contentType: string | false;
  encoding: string | false;
  charset: string | false;
  disposition: string | false;
  flowed: boolean;
  delSp: boolean;
  headers: { lines: Array<{ key: string; line: string }> | false } | false;
}

/** A node and the body bytes its decoder is given (multipart nodes: none that are read). */
export interface SplitPart {
  node: SplitNode;
  writes: Buffer[];
}

export interface LightLimits {
  maxHeadSize: number;
  maxChildNodes: number;
}

/** Declined: mailsplit reads this message. */
class Declined extends Error {}

/** libbase64's decode (a padded segment at a time), loaded with the first B-encoded word. */
let base64Decode: ((s: string) => Buffer) | null = null;

/**
 * RFC 2047 encoded words decoded as libmime's decodeWords decodes them: adjacent words of one
 * encoding and charset are joined first (a character may be split across two), white space
 * between encoded words is dropped, then each is decoded. Words in UTF-8 or a single-byte charset
 * only; null for anything else (another charset, a word left open): libmime decides those.
 */
export function decodeMimeWords(text: string): string | null {
  if (!text.includes('=?')) return text;
  const WORD = /=\?([^?]*)\?([^?]*)\?([^?]*)\?=/g;
  // The text between words, and the words: [gap, word, gap, word, …, gap].
  const gaps: string[] = [];
  const words: Array<{ charset: string; b: boolean; payload: string }> = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const charset = /^utf-8$/i.test(m[1]!) ? 'UTF-8' : singleByteCharset(m[1]!);
    if (!charset || !/^[bq]$/i.test(m[2]!)) return null;
    gaps.push(text.slice(last, m.index));
    words.push({ charset, b: m[2]!.toUpperCase() === 'B', payload: m[3]! });
    last = m.index + m[0].length;
  }
  gaps.push(text.slice(last));
  // Every "=?" must open a whole word (counted over the whole text: a word's closing "?=" before
  // a "?" makes one across the boundary).
  if (text.split('=?').length - 1 !== words.length) return null;
  let out = gaps[0]!;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let payload = w.payload;
    // A word of the same encoding and charset after only white space continues this one.
    while (i + 1 < words.length && words[i + 1]!.b === w.b && words[i + 1]!.charset === w.charset && /^\s*$/.test(gaps[i + 1]!)) payload += words[++i]!.payload;
    let bytes: Buffer;
    if (w.b) {
      base64Decode ??= (require('libbase64') as { decode: (s: string) => Buffer }).decode;
      bytes = base64Decode(payload);
    } else bytes = qDecode(payload);
    out += w.charset === 'UTF-8' ? bytes.toString('utf8') : iconv().decode(bytes, w.charset);
    const gap = gaps[i + 1]!;
    // White space between two words is dropped.
    out += i + 1 < words.length && /^\s+$/.test(gap) ? '' : gap;
  }
  return out;
}

let charsetAliases: Map<string, string> | null = null;

/**
 * The name libmime decodes `charset` by (its normalizeCharset, over its own alias table):
 * ISO-8859-1 and US-ASCII are windows-1252, as WHATWG reads them.
 */
function libmimeCharsetName(charset: string): string {
  // (The table alone: libmime/lib/charsets.js loads no codec.)
  charsetAliases ??= new Map(Object.entries(require('libmime/lib/charsets.js') as Record<string, string>));
  const name = charset.toLowerCase().trim();
  const known = charsetAliases.get(name);
  if (known) return known;
  const guessed = name
    .replace(/^utf[-_]?(\d+)/, 'utf-$1')
    .replace(/^(?:us[-_]?)ascii/, 'windows-1252')
    .replace(/^win(?:dows)?[-_]?(\d+)/, 'windows-$1')
    .replace(/^(?:latin|iso[-_]?8859)?[-_]?(\d+)/, 'iso-8859-$1')
    .replace(/^l[-_]?(\d+)/, 'iso-8859-$1');
  return charsetAliases.get(guessed) ?? guessed.toUpperCase();
}

/** Charsets of one byte a character: decoding them is the same whole or in chunks. */
const SINGLE_BYTE = /^(?:IBM866|ISO-8859-(?:[2-8]|1[0-6])|KOI8-[RU]|windows-(?:874|125[0-8]))$/;

/** The iconv-lite name of a single-byte charset as libmime reads it, or null for any other charset. */
export function singleByteCharset(charset: string): string | null {
  const name = libmimeCharsetName(charset);
  return SINGLE_BYTE.test(name) && iconv().encodingExists(name) ? name : null;
}

/** Q encoding: "_" and white space are spaces, "=XX" a byte (a space after "=" ignored), anything else itself. */
function qDecode(payload: string): Buffer {
  const text = payload.replace(/=\s+([0-9a-fA-F])/g, '=$1').replace(/[_\s]/g, ' ');
  const bytes = Buffer.from(text);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x3d && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1]!, bytes[i + 2]!), 16));
      i += 2;
    } else out.push(c);
  }
  return Buffer.from(out);
}

function isHex(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

/** Transfer encodings whose decoding mime-direct.ts does itself. */
const ENCODINGS = new Set(['', '7bit', '8bit', 'binary', 'quoted-printable', 'base64']);
/** Charsets read as UTF-8 without a decoder, their names stripped to letters and digits. */
const UTF8_CHARSETS = new Set(['ascii', 'usascii', 'utf8']);

/** Whether mailparser reads a part in `charset` as UTF-8, without a decoder (mime-direct.ts decodeText). */
export function readsAsUtf8(charset: string): boolean {
  return UTF8_CHARSETS.has(charset.toLowerCase().replace(/[^a-z0-9]+/g, ''));
}

/** libmime's decodeHeader: the line unfolded, split at its first colon, key lower-cased, both trimmed. */
export function decodeHeader(headerLine: string): { key: string; value: string } {
  const line = headerLine.replace(/(?:\r?\n|\r)[ \t]*/g, ' ').trim();
  const match = /^\s*([^:]+):(.*)$/.exec(line);
  return { key: (match?.[1] ?? '').trim().toLowerCase(), value: (match?.[2] ?? '').trim() };
}
/** mailsplit counts a header line at least this much against maxHeadSize. */
const HEADER_LINE_MIN_COST = 64;
/** mailsplit reads a line as a delimiter only if it is at most this longer than the boundary. */
const DELIMITER_OVERHEAD = 2 + 2 + 998 + 2;

/**
 * A MIME structured value in its plain form: `type/subtype` and `; name=value` or
 * `; name="value"` parameters, with no comment, escape, encoded word, RFC 2231 name or white
 * space inside quotes, all of which libmime's parser reads by rules of its own.
 */
const TOKEN = "[!#$%&'+.^_`|~0-9A-Za-z-]+";
const PLAIN_VALUE = new RegExp(`^(${TOKEN}(?:/${TOKEN})?)((?:;\\s*[A-Za-z0-9_.-]+=(?:${TOKEN}|"[^"\\\\;()\\s]*"))*);?$`);
const PARAM = new RegExp(`;\\s*([A-Za-z0-9_.-]+)=(${TOKEN}|"[^"\\\\;()\\s]*")`, 'g');

interface Line {
  start: number;
  /** Where the line's text ends: before its CRLF or LF. */
  textEnd: number;
  /** After its line ending (or the end of the input). */
  end: number;
}

/** The parts of `bytes` as mailsplit cuts them, or null when it is not of the plain shape. */
export function splitLight(bytes: Buffer, limits: LightLimits): SplitPart[] | null {
  try {
    return new LightSplitter(bytes, limits).run();
  } catch (err) {
    if (err instanceof Declined) return null;
    throw err;
  }
}

class LightSplitter {
  private readonly lines: Line[] = [];
  private readonly parts: SplitPart[] = [];

  constructor(private readonly bytes: Buffer, private readonly limits: LightLimits) {
    // A CR that ends no line is read by rules of mailsplit's own (a line ending before a
    // delimiter, runs of them): not the plain shape.
    for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) if (bytes[i + 1] !== 0x0a) throw new Declined();
    let start = 0;
    while (start < bytes.length) {
      const lf = bytes.indexOf(0x0a, start);
      const end = lf < 0 ? bytes.length : lf + 1;
      const textEnd = lf < 0 ? end : lf > start && bytes[lf - 1] === 0x0d ? lf - 1 : lf;
      this.lines.push({ start, textEnd, end });
      start = end;
    }
  }

  run(): SplitPart[] {
    const end = this.entity(0, false, []);
    if (end.line !== this.lines.length) throw new Declined();
    return this.parts;
  }

  /**
   * Reads the part whose header starts at line `i`, under the open multiparts' boundaries
   * (`open`, the parent's first). Returns the line that ends it: a delimiter of its parent, or
   * the end of the input for the root.
   */
  private entity(i: number, parent: SplitNode | false, open: readonly Buffer[]): { line: number; close: boolean } {
    const { node, next, boundary } = this.header(i, parent, open);
    const part: SplitPart = { node, writes: [] };
    this.parts.push(part);
    if (this.parts.length >= this.limits.maxChildNodes) throw new Declined();
    if (!boundary) {
      const bodyStart = this.lines[next]?.start ?? this.bytes.length;
      const ending = this.delimiter(next, open);
      // A delimiter of a multipart further out than the parent: the parent is left unclosed.
      if (ending.line < this.lines.length && ending.owner !== 0) throw new Declined();
      if (ending.line === this.lines.length) {
        // Only the root runs to the end of the input; a part whose multipart is never closed is not plain.
        if (parent) throw new Declined();
        if (bodyStart < this.bytes.length) part.writes.push(this.bytes.subarray(bodyStart));
        return ending;
      }
      const only = this.lines[next]!;
      if (ending.line === next + 1 && only.textEnd === only.start) {
        // A body that is one line ending and nothing else: mailsplit keeps that line ending
        // before a delimiter that opens a sibling, and drops the body before a closing one.
        if (!ending.close) part.writes.push(this.bytes.subarray(only.start, only.end));
        return ending;
      }
      // The line ending before a delimiter belongs to the delimiter.
      if (ending.line > next) part.writes.push(this.bytes.subarray(bodyStart, this.lines[ending.line - 1]!.textEnd));
      return ending;
    }
    const inside = [boundary, ...open];
    // The preamble ends at the first delimiter, which opens the first part.
    const first = this.delimiter(next, inside);
    if (first.line === this.lines.length || first.owner !== 0 || first.close) throw new Declined();
    let at: { line: number; close: boolean } = first;
    for (;;) {
      const child = this.entity(at.line + 1, node, inside);
      if (child.line === this.lines.length) throw new Declined();
      at = child;
      if (!at.close) continue;
      // The epilogue runs to the parent's next delimiter, or the end of the input at the root.
      const after = this.delimiter(at.line + 1, inside);
      if (after.line === this.lines.length) {
        if (parent) throw new Declined();
        return after;
      }
      // A delimiter line of this multipart again in its epilogue, or of a multipart further out: not plain.
      if (after.owner !== 1) throw new Declined();
      return { line: after.line, close: after.close };
    }
  }

  /**
   * The first line from `i` that is a delimiter of one of `open`, with which (0: the first) and
   * whether it closes; the end of the input if none. A delimiter of any but the nearest open
   * multipart (a part left unclosed) is not plain.
   */
  private delimiter(i: number, open: readonly Buffer[]): { line: number; owner: number; close: boolean } {
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (this.bytes[line.start] !== 0x2d || this.bytes[line.start + 1] !== 0x2d) continue;
      for (let k = 0; k < open.length; k++) {
        const kind = this.compare(line, open[k]!);
        if (!kind) continue;
        if (k > 1) throw new Declined();
        return { line: i, owner: k, close: kind === 2 };
      }
    }
    return { line: this.lines.length, owner: -1, close: false };
  }

  /** 1: `--boundary`, 2: `--boundary--`, each with optional SP and HTAB before the line ending; else 0. */
  private compare(line: Line, boundary: Buffer): 0 | 1 | 2 {
    const b = this.bytes;
    const length = line.end - line.start;
    if (length < boundary.length + 3 || length > boundary.length + DELIMITER_OVERHEAD) return 0;
    if (b.compare(boundary, 0, boundary.length, line.start + 2, line.start + 2 + boundary.length) !== 0) return 0;
    let i = line.start + 2 + boundary.length;
    let kind: 1 | 2 = 1;
    if (b[i] === 0x2d) {
      if (b[i + 1] !== 0x2d) return 0;
      kind = 2;
      i += 2;
    }
    while (i < line.textEnd && (b[i] === 0x20 || b[i] === 0x09)) i++;
    if (i !== line.textEnd) return 0;
    // Only a closing delimiter may end the input without a line ending.
    return line.textEnd === line.end && kind !== 2 ? 0 : kind;
  }

  /** The header block from line `i` to its empty line, read into a node as mailsplit's MimeNode does. */
  private header(i: number, parent: SplitNode | false, open: readonly Buffer[]): { node: SplitNode; next: number; boundary: Buffer | null } {
    const b = this.bytes;
    let j = i;
    let cost = 0;
    for (; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (line.textEnd === line.start) break;
      if (b[line.start] === 0x2d && b[line.start + 1] === 0x2d && open.some((boundary) => this.compare(line, boundary))) throw new Declined();
      cost += Math.max(line.end - line.start, HEADER_LINE_MIN_COST);
    }
    // A header block the input ends in, or one near mailsplit's size limit: mailsplit decides.
    if (j === this.lines.length || cost * 2 > this.limits.maxHeadSize) throw new Declined();
    const first = this.lines[i];
    const raw = first && j > i ? b.toString('latin1', first.start, this.lines[j - 1]!.textEnd) : '';
    const lines = headerLines(raw, !parent);
    const value = (key: string) => plainValue(lines, key);

    const contentType = value('content-type');
    const disposition = value('content-disposition');
    // With no Content-Type, mailsplit guesses one from a disposition's file name (libmime's tables).
    if (contentType === null && disposition !== null) throw new Declined();
    const type = contentType ?? { value: 'text/plain', params: new Map<string, string>() };
    const mediaType = type.value.toLowerCase();
    const encoding = firstValue(lines, 'content-transfer-encoding')?.toLowerCase().trim() ?? '';
    if (!ENCODINGS.has(encoding)) throw new Declined();
    const charset = type.params.get('charset') ?? false;
    if (charset && !readsAsUtf8(charset) && !singleByteCharset(charset)) throw new Declined();
    // format=flowed text needs mailsplit's decoder (which requires libmime).
    if (mediaType === 'text/plain' && type.params.get('format')?.toLowerCase() === 'flowed') throw new Declined();
    if (mediaType.startsWith('message/')) throw new Declined();
    let boundary: Buffer | null = null;
    // (mailsplit splits by a boundary parameter whatever the type names: not plain.)
    if (!mediaType.startsWith('multipart/') && type.params.has('boundary')) throw new Declined();
    if (mediaType.startsWith('multipart/')) {
      const name = type.params.get('boundary') ?? '';
      if (!name || open.some((o) => o.toString('latin1') === name)) throw new Declined();
      boundary = Buffer.from(name, 'latin1');
    }
    const node: SplitNode = {
      type: 'node',
      root: !parent,
      parentNode: parent,
      contentType: mediaType || false,
      encoding: encoding || false,
      charset,
      disposition: disposition?.value.toLowerCase() || false,
      flowed: false,
      delSp: false,
      headers: { lines },
    };
    return { node, next: j + 1, boundary };
  }
}

/**
 * mailsplit's header lines: folded lines joined by CRLF, keyed by the text before the first
 * colon, lower-cased. (A line with no colon is read by rules of its own: not plain.)
 */
function headerLines(raw: string, root: boolean): Array<{ key: string; line: string }> {
  // (An empty block is one empty line to mailsplit, as the text before a colon that is not there.)
  if (!raw) return [{ key: '', line: '' }];
  const out: Array<{ key: string; line: string }> = [];
  const lines = raw.split(/\r?\n/);
  let i = 0;
  // An mbox "From " line (and the lines folded into it) before the root's header is no header:
  // mailsplit sets it aside. (Before a part's header, or an HTTP "POST " line: not plain.)
  if (/^(?:From|POST) /i.test(lines[0]!)) {
    if (!root || /^POST /i.test(lines[0]!)) throw new Declined();
    for (i = 1; i < lines.length && (lines[i]!.startsWith(' ') || lines[i]!.startsWith('\t')); i++);
  }
  for (; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.startsWith(' ') || text.startsWith('\t')) {
      const last = out[out.length - 1];
      if (!last) throw new Declined();
      last.line += `\r\n${text}`;
      continue;
    }
    const colon = text.indexOf(':');
    if (colon < 0) throw new Declined();
    out.push({ key: text.slice(0, colon).toLowerCase().trim(), line: text });
  }
  return out;
}

/** The first value of `key`, unfolded and trimmed as libmime's decodeHeader leaves it; null when absent. */
function firstValue(lines: ReadonlyArray<{ key: string; line: string }>, key: string): string | null {
  const found = lines.find((l) => l.key === key);
  if (!found) return null;
  // MIME structure in anything but printable ASCII is decoded by mailsplit's rules: not plain.
  if (!/^[\x20-\x7e\t\r\n]*$/.test(found.line)) throw new Declined();
  return decodeHeader(found.line).value;
}

/** A structured header value in its plain form, its parameter names lower-cased; null when absent. */
function plainValue(lines: ReadonlyArray<{ key: string; line: string }>, key: string): { value: string; params: Map<string, string> } | null {
  const text = firstValue(lines, key);
  if (text === null) return null;
  const match = PLAIN_VALUE.exec(text);
  if (!match) throw new Declined();
  const params = new Map<string, string>();
  for (const [, name, raw] of match[2]!.matchAll(PARAM)) {
    const k = name!.toLowerCase();
    // A repeated parameter: libmime keeps the first; rare enough to leave to it.
    if (params.has(k)) throw new Declined();
    params.set(k, raw!.startsWith('"') ? raw!.slice(1, -1) : raw!);
  }
  return { value: match[1]!, params };
}

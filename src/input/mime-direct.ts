import { createRequire } from 'node:module';
import { iconv } from '../lazy.js';
import { decodeHeader, decodeMimeWords, readsAsUtf8, singleByteCharset, splitLight, type SplitNode, type SplitPart } from './mime-light.js';
import { decodeQuotedPrintable } from './quoted-printable.js';

/**
 * A raw message read the way mailparser's simpleParser reads it, for the fields graylint uses,
 * without simpleParser's stream plumbing. simpleParser pipes every part through four streams and
 * yields to the event loop after every chunk the MIME splitter emits; on a 34 KB newsletter that
 * is half of its 1.6 ms. Here the same pieces run in a loop:
 *   - mailsplit's MessageSplitter and MimeNode (mailparser's own splitter) cut the message into
 *     parts and parse their headers, so boundaries, defaults and limits are mailparser's;
 *   - each text part is decoded by the same transforms mailparser pipes it through (libbase64,
 *     format=flowed, libmime's charset decoder), called directly; quoted-printable by
 *     decodeQuotedPrintable, which returns what libqp returns;
 *   - the text and HTML are assembled by mailparser's rules (getTextContent), and Subject, From
 *     and Reply-To are decoded as its processHeaders does.
 * What it does not reproduce exactly it does not read: readMimeDirect answers null and the caller
 * runs simpleParser. test/input/mime-direct.test.ts compares both on every fixture.
 */

/** The fields of mailparser's ParsedMail that graylint reads. */
export interface MailFields {
  headerLines: ReadonlyArray<{ key: string; line: string }>;
  subject?: string;
  from?: { value: MailAddress[] };
  replyTo?: { value: MailAddress[] };
  html?: string | false;
  text?: string;
}

export interface MailAddress {
  name: string;
  address?: string;
  group?: MailAddress[];
}

export interface SplitLimits {
  maxHeadSize: number;
  maxChildNodes: number;
}

// ---- the parts of mailsplit, libmime, libbase64 and nodemailer used here ----

/** mailsplit's MimeNode, for the fields read here (mime-light.ts gives the same). */
type MimeNode = SplitNode;
type SplitterOutput = MimeNode | { type: 'body' | 'data'; node: MimeNode; value: Buffer };
type Callback = (err?: Error | null) => void;
/** A stream.Transform's two hooks, called directly: every one used here calls back synchronously. */
interface TransformHooks {
  push(chunk: Buffer | string | null): boolean;
  _transform(chunk: Buffer, encoding: string, done: Callback): void;
  _flush(done: Callback): void;
}
interface Libmime {
  decodeHeader(line: string): { key: string; value: string };
  decodeWords(s: string): string;
}
interface Modules {
  Splitter: new (config: SplitLimits) => TransformHooks;
  FlowedDecoder: new (config: { delSp: boolean }) => TransformHooks;
  Base64Decoder: new () => TransformHooks;
  createDecodeStream: (charset: string) => TransformHooks;
  libmime: Libmime;
  addressparser: (value: string) => MailAddress[];
}

let modules: Modules | null = null;
let lightModules: Modules | null = null;
const require = createRequire(import.meta.url);

/** Loaded on the first raw message (they are mailparser's dependencies, pinned to its versions). */
function load(): Modules {
  if (modules) return modules;
  const libmime = require('libmime') as { Libmime: new () => Libmime; createDecodeStream: (c: string) => TransformHooks };
  modules = {
    Splitter: require('@zone-eu/mailsplit/lib/message-splitter.js') as Modules['Splitter'],
    FlowedDecoder: require('@zone-eu/mailsplit/lib/flowed-decoder.js') as Modules['FlowedDecoder'],
    Base64Decoder: (require('libbase64') as { Decoder: Modules['Base64Decoder'] }).Decoder,
    createDecodeStream: (charset) => libmime.createDecodeStream(charset),
    libmime: new libmime.Libmime(),
    addressparser: require('nodemailer/lib/addressparser') as Modules['addressparser'],
  };
  return modules;
}

/**
 * What a message split by mime-light.ts needs: no libmime. Its text parts are UTF-8, ASCII or a
 * single-byte charset and never format=flowed, and the encoded words of its Subject, From and
 * Reply-To are in such charsets, which decodeMimeWords decodes as libmime does (anything else:
 * the message goes to mailsplit).
 */
function loadLight(): Modules {
  if (lightModules) return lightModules;
  const notNeeded = (): never => {
    throw new NotHandled('a decoder the plain shape never needs');
  };
  lightModules = {
    Splitter: notNeeded,
    FlowedDecoder: notNeeded,
    // libbase64 alone (~7 ms), on the first base64 part.
    get Base64Decoder() {
      return (require('libbase64') as { Decoder: Modules['Base64Decoder'] }).Decoder;
    },
    createDecodeStream: singleByteDecoder,
    libmime: {
      decodeHeader,
      decodeWords: (s: string) => {
        const decoded = decodeMimeWords(s);
        if (decoded === null) throw new NotHandled('an encoded word libmime decodes by rules of its own');
        return decoded;
      },
    },
    get addressparser() {
      return require('nodemailer/lib/addressparser') as Modules['addressparser'];
    },
  } as unknown as Modules;
  return lightModules;
}

/**
 * libmime's decoder for a single-byte charset, as a transform: one byte is one character, so
 * decoding the whole body at its end gives what libmime's chunk by chunk decoding gives.
 */
function singleByteDecoder(charset: string): TransformHooks {
  const name = singleByteCharset(charset);
  if (!name) throw new NotHandled(`the charset ${charset}`);
  const chunks: Buffer[] = [];
  const stream: TransformHooks = {
    push: () => true,
    _transform(chunk, _encoding, done) {
      chunks.push(chunk);
      done();
    },
    _flush(done) {
      const text = iconv().decode(Buffer.concat(chunks), name);
      if (text) stream.push(Buffer.from(text, 'utf-8'));
      done();
    },
  };
  return stream;
}

/** mailparser reads these as text when they are inline; anything else is an attachment. */
const TEXT_TYPES = ['text/plain', 'text/html', 'message/delivery-status'];

/** A MIME part as mailparser's createNode sees it; a leaf keeps the bytes written to its decoder. */
interface Part {
  node: MimeNode;
  contentType: string;
  root: boolean;
  children: Part[];
  /** Body chunks, in order, as the splitter emitted them (unread for multipart nodes). */
  writes: Buffer[];
  leaf: boolean;
  /** Inline text/plain or text/html. */
  inlineText: boolean;
  textContent: string;
}

/** Not reproduced exactly here: the caller falls back to simpleParser. */
class NotHandled extends Error {}

/** The fields mailparser's simpleParser gives for `bytes`, or null when only simpleParser can say. */
export async function readMimeDirect(bytes: Buffer, limits: SplitLimits, options: { light?: boolean } = {}): Promise<MailFields | null> {
  try {
    return await read(bytes, limits, options.light ?? true);
  } catch {
    // NotHandled, or an error simpleParser reports in its own words (limits, broken structure).
    return null;
  }
}

async function read(bytes: Buffer, limits: SplitLimits, tryLight: boolean): Promise<MailFields> {
  // The plain shape first, without loading mailsplit and libmime; mailsplit for the rest.
  const light = tryLight ? splitLight(bytes, limits) : null;
  if (light) {
    try {
      return assemble(light, loadLight());
    } catch (err) {
      if (!(err instanceof NotHandled)) throw err;
    }
  }
  const m = load();
  return assemble(partsOf(await split(m, bytes, limits)), m);
}

/** Each node the splitter emitted and the body chunks written to it, up to the first data chunk after it. */
function partsOf(outputs: SplitterOutput[]): SplitPart[] {
  const out: SplitPart[] = [];
  let current: SplitPart | null = null;
  let ended = false;
  for (const o of outputs) {
    if (o.type === 'node') {
      current = { node: o, writes: [] };
      out.push(current);
      ended = false;
    } else if (o.type === 'body') {
      if (current && !ended) current.writes.push(o.value);
    } else ended = true; // the node's decoder is ended at the first data chunk after it
  }
  return out;
}

/** The fields, from the message's parts, by mailparser's rules. */
function assemble(split: SplitPart[], m: Modules): MailFields {
  const parts = new Map<MimeNode, Part>();
  let root: Part | null = null;
  let hasHtml = false;
  let hasText = false;

  // What mailparser's processChunk does with each node.
  for (const { node, writes } of split) {
    const contentType = node.contentType || (node.root ? 'text/plain' : '');
    // Left to simpleParser: embedded messages (it writes their headers into the text) and delivery
    // reports (read as text by rules of their own).
    if (contentType === 'message/rfc822' || contentType === 'message/delivery-status') throw new NotHandled(contentType);
    const part: Part = { node, contentType, root: !root, children: [], writes, leaf: false, inlineText: false, textContent: '' };
    if (!root) root = part;
    else {
      const parent = node.parentNode ? parts.get(node.parentNode) : undefined;
      if (!parent) throw new NotHandled('a part outside the tree');
      parent.children.push(part);
    }
    parts.set(node, part);
    if (!/^multipart\//i.test(contentType)) {
      part.leaf = true;
      let disposition = node.disposition;
      if (disposition && disposition !== 'attachment' && disposition !== 'inline') disposition = 'attachment';
      const text = TEXT_TYPES.includes(contentType);
      const effective = !disposition && !text ? 'attachment' : disposition || 'inline';
      if (text && effective === 'inline') {
        part.inlineText = true;
        if (contentType === 'text/plain') hasText = true;
        else hasHtml = true;
      }
    }
  }
  if (!root) throw new NotHandled('no root part');
  for (const part of parts.values()) if (part.inlineText) part.textContent = decodeText(m, part);

  // mailparser's getTextContent (with skipHtmlToText and skipTextToHtml, which leave '' in place).
  const text: string[] = [];
  const html: string[] = [];
  const visit = (part: Part, alternative: boolean) => {
    if (part.textContent) {
      if (part.contentType === 'text/plain') {
        text.push(part.textContent);
        if (!alternative && hasHtml) html.push('');
      } else if (part.contentType === 'text/html') {
        if ((!alternative && hasText) || (part.root && !hasText)) text.push('');
        html.push(part.textContent);
      }
    }
    const inAlternative = alternative || part.contentType === 'multipart/alternative';
    for (const child of part.children) visit(child, inAlternative);
  };
  visit(root, false);

  const headerLines = (root.node.headers && root.node.headers.lines) || [];
  const fields: MailFields = { headerLines, ...firstHeaders(m, headerLines) };
  if (html.length) fields.html = html.join('<br/>\n');
  if (text.length) fields.text = text.join('\n');
  return fields;
}

/** Runs mailsplit's splitter over the whole message (one chunk, as simpleParser writes it). */
async function split(m: Modules, bytes: Buffer, limits: SplitLimits): Promise<SplitterOutput[]> {
  const splitter = new m.Splitter({ maxHeadSize: limits.maxHeadSize, maxChildNodes: limits.maxChildNodes });
  const out: SplitterOutput[] = [];
  splitter.push = (chunk) => {
    if (chunk !== null) out.push(chunk as unknown as SplitterOutput);
    return true;
  };
  // The splitter yields to the event loop every 16 KB: these settle after a few turns.
  await new Promise<void>((resolve, reject) => splitter._transform(bytes, 'buffer', (err) => (err ? reject(err) : resolve())));
  await new Promise<void>((resolve, reject) => splitter._flush((err) => (err ? reject(err) : resolve())));
  return out;
}

/** A text part's content: transfer decoding, format=flowed, charset, then LF line ends (as mailparser). */
function decodeText(m: Modules, part: Part): string {
  const node = part.node;
  let chunks: Array<Buffer | string>;
  if (node.encoding === 'quoted-printable') {
    // libqp's decoder joins its input and decodes it once, at the end.
    const body = Buffer.concat(part.writes);
    chunks = body.length ? [decodeQuotedPrintable(body)] : [];
  } else if (node.encoding === 'base64') chunks = runTransform(new m.Base64Decoder(), part.writes);
  else chunks = part.writes.filter((c) => c.length > 0);
  if (node.flowed) chunks = runTransform(new m.FlowedDecoder({ delSp: node.delSp }), chunks);
  const charset = node.charset || 'utf-8';
  if (!readsAsUtf8(charset)) {
    let decoder: TransformHooks | null = null;
    try {
      decoder = m.createDecodeStream(charset);
    } catch (err) {
      if (err instanceof NotHandled) throw err;
      // mailparser keeps the bytes undecoded when the decoder cannot be made
    }
    if (decoder) chunks = runTransform(decoder, chunks);
  }
  const buffers = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c));
  return utf8WithLfLineEnds(Buffer.concat(buffers));
}

/**
 * `bytes.toString().replace(/\r?\n/g, '\n')` (mailparser's last step), with the CRs dropped from the
 * bytes before decoding: a third of the time, and the string comes out flat. The same string,
 * since CR and LF are ASCII: no UTF-8 sequence contains them, and an incomplete sequence before
 * the CR ends at the LF instead, with the same replacement character.
 */
function utf8WithLfLineEnds(buffer: Buffer): string {
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  let w = bytes.indexOf(0x0d);
  if (w < 0) return buffer.toString();
  for (let i = w; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    bytes[w++] = b;
  }
  return buffer.toString('utf8', 0, w);
}

/** Feeds chunks through a Transform's own hooks and collects what it pushes. */
function runTransform(stream: TransformHooks, chunks: Array<Buffer | string>): Array<Buffer | string> {
  const out: Array<Buffer | string> = [];
  stream.push = (chunk) => {
    if (chunk !== null && chunk.length) out.push(chunk);
    return true;
  };
  let called = false;
  const done: Callback = (err) => {
    if (err) throw err;
    called = true;
  };
  for (const chunk of chunks) {
    called = false;
    stream._transform(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, 'buffer', done);
    if (!called) throw new NotHandled('a transform that calls back later');
  }
  called = false;
  stream._flush(done);
  if (!called) throw new NotHandled('a transform that calls back later');
  return out;
}

/** Subject, From and Reply-To, the first of each, decoded as mailparser's processHeaders does. */
function firstHeaders(m: Modules, lines: MailFields['headerLines']): Pick<MailFields, 'subject' | 'from' | 'replyTo'> {
  const out: Pick<MailFields, 'subject' | 'from' | 'replyTo'> = {};
  const seen = new Set<string>();
  for (const { key, line } of lines) {
    if ((key !== 'subject' && key !== 'from' && key !== 'reply-to') || seen.has(key)) continue;
    seen.add(key);
    let value = (m.libmime.decodeHeader(line)?.value ?? '').toString().trim();
    value = Buffer.from(value, 'binary').toString();
    if (key === 'subject') {
      try {
        value = m.libmime.decodeWords(value);
      } catch (err) {
        if (err instanceof NotHandled) throw err;
        // kept as it is, as mailparser does
      }
      if (value) out.subject = value;
      else seen.delete(key); // an empty Subject is not kept, so a later one counts (as in mailparser)
      continue;
    }
    const list = m.addressparser(value);
    decodeNames(m, list);
    if (key === 'from') out.from = { value: list };
    else out.replyTo = { value: list };
  }
  return out;
}

/** mailparser's decodeAddresses for the cases met here; an address that itself needs decoding is left to it. */
function decodeNames(m: Modules, list: MailAddress[]): void {
  for (const a of list) {
    a.name = (a.name || '').toString().trim();
    if (a.name) {
      try {
        a.name = m.libmime.decodeWords(a.name);
      } catch (err) {
        if (err instanceof NotHandled) throw err;
        // kept as it is
      }
    }
    if (a.address && (/=\?[^?]+\?[BbQq]\?[^?]*\?=/.test(a.address) || a.address.includes('@xn--'))) throw new NotHandled('an encoded address');
    if (a.group) decodeNames(m, a.group);
  }
}

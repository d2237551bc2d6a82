import { iconv } from '../lazy.js';
import type { ParsedInput } from '../types.js';
import { resolveLimits, limitName, type Limits } from '../limits.js';
import { parseEml } from './eml.js';
import { parseTemplate, extensionOf, type TemplateOptions } from './template.js';
import { assertLooksLikeText, isUtf16 } from './read.js';
import { InputError } from './errors.js';

export { readInputFile, DEFAULT_MAX_BYTES } from './read.js';
export { InputError } from './errors.js';

export interface ParseOptions extends TemplateOptions {
  /** Force the input kind instead of detecting it from the extension and content. */
  kind?: 'eml' | 'template';
  /** Overrides of the limits in src/limits.ts (any subset). */
  limits?: Partial<Limits>;
}

/** Decides whether bytes are a raw message (headers, blank line, body) or a template/document. */
export function looksLikeRawMessage(file: string, bytes: Buffer): boolean {
  const ext = extensionOf(file);
  if (ext === 'eml' || ext === 'msg' || ext === 'mbox') return true;
  if (ext && ext !== 'txt') return false;
  const head = bytes.subarray(0, 8192).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = head.slice(0, end).split(/\r?\n/);
  const headerish = lines.filter((l) => /^[\x21-\x39\x3b-\x7e]+:/.test(l) || /^[ \t]/.test(l)).length;
  // A text template may open with its own "Subject:" line (the documented way to give it a
  // subject): that alone is not a raw message. A raw message has several header fields, one of
  // them a field only a real message carries.
  return headerish === lines.length && lines.length >= 2 && /^(from|to|received|mime-version|message-id|return-path|date|content-type):/im.test(head.slice(0, end));
}

/** Parse stage entry point: bytes of one file → ParsedInput (throws InputError on bad input). */
export async function parseInput(file: string, bytes: Buffer, opts: ParseOptions = {}): Promise<ParsedInput> {
  const limits = resolveLimits(opts.limits);
  // Buffers handed straight to the library get the same cap as files read from disk.
  if (bytes.length > limits.maxInputBytes) {
    throw new InputError('too-large', `${bytes.length.toLocaleString('en-US')} bytes, more than graylint reads (${limitName('maxInputBytes', limits)})`);
  }
  assertLooksLikeText(bytes);
  let input = bytes;
  if (isUtf16(bytes) && (opts.kind === 'eml' || looksLikeRawMessage(file, bytes) || extensionOf(file) === '' || extensionOf(file) === 'txt')) {
    // A raw message saved as UTF-16 (with or without BOM): read it as the UTF-8 it stands for,
    // so its header lines are found. Templates decode UTF-16 themselves (charset.ts).
    const be = bytes[0] === 0xfe || (bytes[0] === 0 && bytes[1] !== 0);
    const body = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? bytes.subarray(2) : bytes;
    input = Buffer.from(iconv().decode(body, be ? 'utf-16be' : 'utf-16le'), 'utf8');
  }
  const asEml = opts.kind ? opts.kind === 'eml' : looksLikeRawMessage(file, input);
  if (asEml) {
    const parsed = await parseEml(file, input, limits);
    if (opts.subject) parsed.subject = { text: opts.subject, location: { scope: 'subject' } };
    return parsed;
  }
  return parseTemplate(file, input, opts, limits);
}

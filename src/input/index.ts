import type { ParsedInput } from '../types.js';
import { parseEml } from './eml.js';
import { parseTemplate, extensionOf, type TemplateOptions } from './template.js';
import { assertLooksLikeText } from './read.js';

export { readInputFile, DEFAULT_MAX_BYTES } from './read.js';
export { InputError } from './errors.js';

export interface ParseOptions extends TemplateOptions {
  /** Force the input kind instead of detecting it from the extension and content. */
  kind?: 'eml' | 'template';
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
  return headerish === lines.length && /^(from|received|mime-version|message-id|return-path|subject|date):/im.test(head.slice(0, end));
}

/** Parse stage entry point: bytes of one file → ParsedInput (throws InputError on bad input). */
export async function parseInput(file: string, bytes: Buffer, opts: ParseOptions = {}): Promise<ParsedInput> {
  assertLooksLikeText(bytes);
  const asEml = opts.kind ? opts.kind === 'eml' : looksLikeRawMessage(file, bytes);
  if (asEml) {
    const parsed = await parseEml(file, bytes);
    if (opts.subject) parsed.subject = { text: opts.subject, location: { scope: 'subject' } };
    return parsed;
  }
  return parseTemplate(file, bytes, opts);
}

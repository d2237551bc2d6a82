import type { AddressObject } from 'mailparser';
import { iconv, mailparser } from '../lazy.js';
import type { Identity, LimitReached, ParsedInput, Span } from '../types.js';
import { DEFAULT_LIMITS, limitName, type Limits } from '../limits.js';
import { decodeWith, isValidUtf8 } from './charset.js';
import { InputError } from './errors.js';
import { scanMime } from './mime-scan.js';
import { readMimeDirect, type MailAddress, type MailFields, type SplitLimits } from './mime-direct.js';

/** Charsets whose text, read byte-per-char as Latin-1, becomes mojibake we can undo. */
const MULTIBYTE_OR_NON_LATIN = /^(big5|gb2312|gbk|gb18030|shift_jis|sjis|euc-jp|euc-kr|ks_c_5601-1987|iso-2022-jp|koi8-r|koi8-u|windows-125[0-8]|iso-8859-(?:2|5|7|8|9)|cp1251|utf-8)$/i;

/**
 * Parses a raw RFC 822 message. mailparser does MIME, transfer encodings and declared charsets;
 * we add what its defaults get wrong on real mail: undeclared 8-bit bodies (Latin-1 read as
 * UTF-8) and raw 8-bit headers in the body's charset.
 */
export async function parseEml(file: string, raw: Buffer, limits: Limits = { ...DEFAULT_LIMITS }, depth = 0): Promise<ParsedInput> {
  const notes: string[] = [];
  const limitsReached: LimitReached[] = [];
  let bytes = raw;
  // The message as Latin-1 text (one char per byte), made once for the scans below: bytes.toString('latin1').
  let latin1 = raw.toString('latin1');
  if (!/charset\s*=/i.test(latin1) && !isValidUtf8(raw)) {
    // No charset anywhere and not UTF-8: legacy 8-bit mail. windows-1252 is a superset of Latin-1.
    bytes = Buffer.from(iconv().decode(raw, 'windows-1252'), 'utf8');
    latin1 = bytes.toString('latin1');
    notes.push('8-bit content with no declared charset: read as windows-1252');
  }
  if (!/^[\x21-\x39\x3b-\x7e]+:/m.test(bytes.subarray(0, 2048).toString('latin1'))) {
    throw new InputError('unreadable', 'not a MIME message: no header lines found');
  }
  // Refuses, before mailparser runs, structures past the limits (header fields, field length,
  // MIME depth and part count): mailparser's work grows with them.
  const shape = scanMime(bytes, limits, latin1);
  if (shape.endsInHeader) {
    // mailparser never settles when the input ends inside the header section of an inline
    // message/rfc822 part (found by fuzzing): end the header section the way a blank line would.
    const last = bytes[bytes.length - 1];
    const end = last === 0x0a ? '\r\n' : '\r\n\r\n';
    bytes = Buffer.concat([bytes, Buffer.from(end, 'latin1')]);
    latin1 += end;
  }

  const splitLimits = {
    maxHeadSize: limits.maxHeaderBytes,
    // The pre-scan counts parts first; this is mailsplit's own cap, one above, as a backstop.
    maxChildNodes: limits.maxMimeParts + 1,
  };
  const deadline = parseDeadlineMs(bytes.length);
  // mailparser's reading without its streams (mime-direct.ts); simpleParser itself for what that
  // does not reproduce exactly (embedded messages, delivery reports, errors it words itself).
  const mail: MailFields = (await settlesWithin(deadline, readMimeDirect(bytes, splitLimits))) ?? (await simpleParse(bytes, splitLimits, deadline, limits));

  const headers = collectHeaders(mail.headerLines);
  const declaredCharset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(latin1)?.[1];
  const rawText = (s: string | undefined) => (s ? repairMojibake(s, declaredCharset) : s);

  const subjectText = raw8bitHeader(latin1, 'subject', declaredCharset) ?? rawText(mail.subject);
  const subjectLine = headerLineNumber(latin1, 'subject');
  const subject: Span | null = subjectText
    ? { text: subjectText.trim(), location: { scope: 'subject', line: subjectLine, column: 1 } }
    : null;

  const bounded = (body: string, part: string): string => {
    if (body.length <= limits.maxBodyChars) return body;
    limitsReached.push({
      limit: 'maxBodyChars',
      value: limits.maxBodyChars,
      skipped: `the ${part} body after its first ${limits.maxBodyChars.toLocaleString('en-US')} characters (it has ${body.length.toLocaleString('en-US')})`,
      location: { scope: 'body', part },
    });
    return body.slice(0, limits.maxBodyChars);
  };
  let html = typeof mail.html === 'string' && mail.html.trim() ? bounded(mail.html, 'text/html') : null;
  let text = !html && mail.text && mail.text.trim() ? bounded(mail.text, 'text/plain') : null;
  let part = html ? 'text/html' : text ? 'text/plain' : undefined;
  let unread: string | undefined;
  let inner: ParsedInput | null = null;
  if (!html && !text) {
    // A message whose whole body is another message (a forward as an attachment, a bounce's
    // original): mailparser reads it as an attachment. Read the embedded message's body, one
    // MIME level deeper, so what it promotes is judged.
    const bodyAt = bodyOffset(latin1);
    const embedded = await embeddedMessage(file, bodyAt === null ? Buffer.alloc(0) : bytes.subarray(bodyAt), headers, limits, depth);
    if (typeof embedded === 'string') unread = embedded;
    else if (embedded) inner = embedded;
    if (inner && (inner.html !== null || inner.text !== null)) {
      ({ html, text } = inner);
      part = `message/rfc822 › ${inner.part ?? ''}`;
      notes.push('the body is an embedded message (message/rfc822): its content was read');
      limitsReached.push(...(inner.limitsReached ?? []));
    } else unread ??= inner?.unread ?? bodyMissing(bodyAt === null ? null : latin1.slice(bodyAt), shape.endsInHeader);
    if (unread) notes.push(`${unread}: only headers can be judged`);
  }

  return {
    file,
    kind: 'eml',
    html,
    text,
    part,
    subject: subject ?? inner?.subject ?? null,
    from: identity(mail.from, rawText),
    replyTo: identity(mail.replyTo, rawText),
    headers,
    placeholders: [],
    declaredLanguage: headers['content-language']?.[0]?.split(/[,;]/)[0]?.trim().toLowerCase(),
    notes,
    limitsReached,
    ...(unread ? { unread } : {}),
  };
}

/**
 * The message embedded as the whole body (`body`) of a `message/rfc822` message (7bit, 8bit or
 * binary, as RFC 2046 requires), parsed one MIME level deeper; what was not read, in words, when it
 * cannot be; null when the top-level type is not that. Nesting past limits.maxMimeDepth is refused
 * as too large.
 */
async function embeddedMessage(file: string, body: Buffer, headers: Record<string, string[]>, limits: Limits, depth: number): Promise<ParsedInput | string | null> {
  const type = (headers['content-type']?.[0] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type !== 'message/rfc822' && type !== 'message/global') return null;
  const encoding = (headers['content-transfer-encoding']?.[0] ?? '').trim().toLowerCase();
  if (encoding && !['7bit', '8bit', 'binary'].includes(encoding)) {
    return `the embedded message (message/rfc822), which is ${encoding.slice(0, 20)}-encoded against RFC 2046`;
  }
  if (depth + 1 > limits.maxMimeDepth) {
    throw new InputError('too-large', `embedded messages (message/rfc822) are nested ${depth + 1} deep, more than graylint reads (${limitName('maxMimeDepth', limits)})`);
  }
  if (!/^[\x21-\x39\x3b-\x7e]+:/m.test(body.subarray(0, 2048).toString('latin1'))) {
    return 'the embedded message (message/rfc822): it has no header section graylint could read';
  }
  return parseEml(file, body, limits, depth + 1);
}

/** Where the top-level body starts (after the first blank line), or null when there is none. */
function bodyOffset(latin1: string): number | null {
  const m = /\r?\n\r?\n/.exec(latin1);
  return m ? m.index + m[0].length : null;
}

/** What was not read when a message has no text or HTML part (`body`: what follows its header section), in words for the finding. */
function bodyMissing(body: string | null, endsInHeader: boolean): string {
  if (endsInHeader || body === null || body.trim() === '') return 'its body: the input ends after the header section (a cut-off or header-only message)';
  return 'its body: the message has no text or HTML part (only attachments or parts graylint does not read)';
}

/** mailparser's simpleParser, its errors turned into InputErrors. */
async function simpleParse(bytes: Buffer, split: SplitLimits, deadline: number, limits: Limits): Promise<MailFields> {
  // mailparser costs ~0.12 s to load: loaded only when a message needs it.
  const { simpleParser } = mailparser();
  try {
    const mail = await settlesWithin(deadline, simpleParser(bytes, {
      // We only need decoded parts: these conversions are half of simpleParser's time.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      keepCidLinks: true,
      // Attachments are never looked at: no checksum over them.
      checksumAlgo: false,
      ...split,
    }));
    return {
      headerLines: mail.headerLines,
      subject: mail.subject,
      from: addressField(mail.from),
      replyTo: addressField(mail.replyTo),
      html: mail.html,
      text: mail.text,
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    const reason = firstLine(err);
    if (/max header size/i.test(reason)) throw new InputError('too-large', `a MIME header section is larger than graylint reads (${limitName('maxHeaderBytes', limits)})`);
    if (/max allowed child nodes/i.test(reason)) throw new InputError('too-large', `the message has more MIME parts than graylint reads (${limitName('maxMimeParts', limits)})`);
    throw new InputError('unreadable', `broken MIME structure (${reason})`);
  }
}

function addressField(addr: AddressObject | AddressObject[] | undefined): MailFields['from'] {
  const first = Array.isArray(addr) ? addr[0] : addr;
  return first ? { value: first.value as MailAddress[] } : undefined;
}

function collectHeaders(lines: MailFields['headerLines']): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    (out[key.toLowerCase()] ??= []).push(value);
  }
  return out;
}

function identity(addr: MailFields['from'], fix: (s: string | undefined) => string | undefined): Identity | null {
  const v = addr?.value?.[0];
  if (!v) return null;
  return { name: (fix(v.name) ?? '').trim(), address: (v.address ?? '').trim().toLowerCase() };
}

/** The top-level header section of the raw message (up to the first blank line, within 256 KB). */
function headerSection(latin1: string): string {
  const head = latin1.slice(0, 256 * 1024);
  const end = head.search(/\r?\n\r?\n/);
  return end >= 0 ? head.slice(0, end) : head;
}

/** 1-based line of a header in the raw message, for locations. */
function headerLineNumber(latin1: string, name: string): number | undefined {
  const lines = headerSection(latin1).split(/\r?\n/);
  const i = lines.findIndex((l) => l.toLowerCase().startsWith(`${name}:`));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * A header written in raw 8-bit bytes that are not UTF-8 (legacy mail puts GB2312 or Big5 bytes in
 * the Subject without RFC 2047 encoding), decoded in the body's declared charset. mailparser reads
 * such bytes as UTF-8 and leaves replacement characters, which no later repair can undo. Null when
 * the header is plain ASCII, encoded-words, valid UTF-8, or does not decode cleanly.
 */
function raw8bitHeader(latin1: string, name: string, declared: string | undefined): string | null {
  if (!declared || !MULTIBYTE_OR_NON_LATIN.test(declared) || /^utf-?8$/i.test(declared)) return null;
  const section = headerSection(latin1);
  const m = new RegExp(`(?:^|\\n)${name}:[ \\t]*((?:[^\\r\\n]*)(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'i').exec(section);
  if (!m || !/[\x80-\xff]/.test(m[1]!) || m[1]!.includes('=?')) return null;
  const raw = Buffer.from(m[1]!.replace(/\r?\n(?=[ \t])/g, ''), 'latin1');
  if (isValidUtf8(raw)) return null;
  const decoded = decodeWith(raw, declared);
  return decoded && !decoded.includes('\uFFFD') ? decoded.trim() : null;
}

/**
 * Raw 8-bit header bytes in a multibyte charset, read as Latin-1, look like "¤j®a»¡".
 * When the message declares such a charset and the string is all Latin-1 high characters,
 * re-read the bytes in the declared charset and keep the result if it decodes cleanly.
 */
function repairMojibake(s: string, declared: string | undefined): string {
  if (!declared || !MULTIBYTE_OR_NON_LATIN.test(declared)) return s;
  let high = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0xff) return s;
    if (c >= 0x80) high++;
  }
  if (high < 2) return s;
  const decoded = decodeWith(Buffer.from(s, 'latin1'), declared);
  if (!decoded || decoded.includes('\uFFFD')) return s;
  return decoded;
}

/**
 * How long mailparser may take before the message is given up as unreadable: it parses 25 MB in
 * about 2 s, so this only ever ends a parse that has stalled (a promise that never settles).
 */
function parseDeadlineMs(bytes: number): number {
  return 2000 + Math.ceil(bytes / (1024 * 1024)) * 500;
}

/** The promise's value, or an InputError if it has not settled after `ms`; the timer never outlives it. */
function settlesWithin<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InputError('unreadable', `broken MIME structure (the MIME parser did not finish within ${Math.round(ms / 1000)} s)`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 120);
}

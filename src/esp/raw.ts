// toRawMessage: an ESP message as a small RFC 5322 / MIME message, so the existing pipeline
// (createChecker().checkBuffer(name, bytes, { kind: 'eml' })) checks it unchanged.
import { createHash } from '../lazy.js';
import type { EspMessage, Routing } from './types.js';
import { canonicalName } from './headers.js';

/** Headers toRawMessage writes itself (or that would break the MIME structure): never copied from m.headers. */
const STRUCTURAL = new Set(['from', 'subject', 'mime-version', 'content-type', 'content-transfer-encoding', 'date']);

export interface RawMessageOptions {
  /** Adds a Date header (left out by default, so the same message always gives the same bytes). */
  date?: Date;
}

/**
 * Builds the message: From, Subject (RFC 2047-encoded when not ASCII), the routing headers
 * (routingHeaders), the payload's own headers (Reply-To, List-Unsubscribe, Precedence…), then a
 * text/plain and/or text/html body — multipart/alternative when there are both — in UTF-8,
 * quoted-printable, with CRLF line ends. Deterministic: the same message gives the same bytes.
 * For an SES raw send (m.raw), returns the raw message itself.
 */
export function toRawMessage(m: EspMessage, opts: RawMessageOptions = {}): Buffer {
  if (m.raw) return Buffer.from(m.raw);
  const lines: string[] = [];
  const put = (name: string, value: string) => lines.push(fold(`${name}: ${value}`));

  const from = m.from ?? m.headers['from']?.[0];
  if (from !== undefined) put('From', encodeMailbox(clean(from)));
  const subject = m.subject ?? m.headers['subject']?.[0];
  if (subject !== undefined) put('Subject', encodeText(clean(subject)));
  if (opts.date) put('Date', rfc5322Date(opts.date));
  const own = new Set(Object.keys(m.headers).map((k) => k.toLowerCase()));
  for (const [name, value] of routingHeaders(m.routing)) if (!own.has(name.toLowerCase())) put(name, encodeText(clean(value)));
  for (const [name, values] of Object.entries(m.headers)) {
    if (STRUCTURAL.has(name.toLowerCase())) continue;
    for (const value of values) put(canonicalName(name), encodeText(clean(value)));
  }
  put('MIME-Version', '1.0');

  const html = m.html;
  const text = m.text ?? (html === undefined ? '' : undefined);
  const partHeaders = (type: string) => [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: quoted-printable'];
  let body: string[];
  if (html !== undefined && text !== undefined) {
    const boundary = `=_graylint_${createHash('sha256').update(text).update('\0').update(html).digest('hex').slice(0, 24)}`;
    put('Content-Type', `multipart/alternative; boundary="${boundary}"`);
    body = [
      '',
      `--${boundary}`,
      ...partHeaders('text/plain'),
      '',
      quotedPrintable(text),
      `--${boundary}`,
      ...partHeaders('text/html'),
      '',
      quotedPrintable(html),
      `--${boundary}--`,
      '',
    ];
  } else {
    lines.push(...partHeaders(html !== undefined ? 'text/html' : 'text/plain'));
    // A closing soft line break: the message ends with CRLF, yet the body decodes to exactly the content.
    body = ['', `${quotedPrintable(html ?? text ?? '')}=`, ''];
  }
  return Buffer.from([...lines, ...body].join('\r\n'), 'utf8');
}

/**
 * The headers that carry a routing the way each ESP reads it from an SMTP message:
 * X-PM-Message-Stream (+ X-PM-Tag), X-SMTPAPI, X-SES-CONFIGURATION-SET /
 * X-SES-LIST-MANAGEMENT-OPTIONS / X-SES-MESSAGE-TAGS, X-Mailgun-Tag, X-MC-Tags. readRouting reads
 * them back. Generic routing has none (its Precedence / Auto-Submitted are the message's own headers).
 */
export function routingHeaders(r: Routing): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  switch (r.esp) {
    case 'postmark':
      out.push(['X-PM-Message-Stream', r.stream ?? 'outbound']);
      if (r.tags[0]) out.push(['X-PM-Tag', r.tags[0]]);
      break;
    case 'sendgrid': {
      const api: Record<string, unknown> = {};
      if (r.unsubscribeGroup !== undefined) api['asm_group_id'] = r.unsubscribeGroup;
      if (r.tags.length) api['category'] = r.tags;
      if (r.subscriptionTracking) api['filters'] = { subscriptiontrack: { settings: { enable: 1 } } };
      // Spaces between JSON tokens give the header places to fold; unfolding restores the same JSON.
      out.push(['X-SMTPAPI', JSON.stringify(api, null, 1).replace(/\n\s*/g, ' ')]);
      break;
    }
    case 'ses':
      if (r.stream) out.push(['X-SES-CONFIGURATION-SET', r.stream]);
      if (r.listManagement) out.push(['X-SES-LIST-MANAGEMENT-OPTIONS', `${r.listManagement.contactList}${r.listManagement.topic ? `; topic=${r.listManagement.topic}` : ''}`]);
      if (r.tags.length) out.push(['X-SES-MESSAGE-TAGS', r.tags.join(', ')]);
      break;
    case 'mailgun':
      for (const t of r.tags) out.push(['X-Mailgun-Tag', t]);
      break;
    case 'mandrill':
      if (r.tags.length) out.push(['X-MC-Tags', r.tags.join(',')]);
      break;
    case 'generic':
      break;
  }
  return out;
}

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines of at most 76 characters. */
export function quotedPrintable(s: string): string {
  const out: string[] = [];
  for (const line of s.replace(/\r\n?/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    let current = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const token =
        (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join('\r\n');
}

/** Header text: as is when ASCII, else RFC 2047 encoded words (UTF-8, base64). */
export function encodeText(value: string): string {
  // ASCII stays as it is, unless it could be read as an encoded word itself.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value) && !value.includes('=?')) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
}

/** A From value: a non-ASCII display name is encoded; the address is left as it is. */
function encodeMailbox(value: string): string {
  const m = /^\s*(.*?)\s*<([^<>]*)>\s*$/.exec(value);
  if (!m) return encodeText(value);
  const name = m[1]!.replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1');
  if (!name) return `<${m[2]}>`;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}" <${m[2]}>`;
  return `${encodeText(name)} <${m[2]}>`;
}

/** One header value per line: line breaks and other control characters become spaces. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\x00-\x08\x0a-\x1f\x7f]+/g, ' ').trim();
}

/** Folds a header line before existing whitespace so lines stay near 78 characters (never adds characters). */
function fold(line: string): string {
  if (line.length <= 78) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > 78) {
    let at = rest.lastIndexOf(' ', 78);
    if (at <= 0) at = rest.indexOf(' ', 79);
    if (at <= 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out.join('\r\n');
}

function rfc5322Date(d: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

// Small header helpers shared by routing, payload and raw-message code.
import { iconv } from '../lazy.js';

/** Header names graylint writes or quotes with their usual spelling. */
const CANONICAL: Record<string, string> = {
  'x-pm-message-stream': 'X-PM-Message-Stream',
  'x-pm-tag': 'X-PM-Tag',
  'x-smtpapi': 'X-SMTPAPI',
  'x-ses-configuration-set': 'X-SES-CONFIGURATION-SET',
  'x-ses-list-management-options': 'X-SES-LIST-MANAGEMENT-OPTIONS',
  'x-ses-message-tags': 'X-SES-MESSAGE-TAGS',
  'x-mailgun-tag': 'X-Mailgun-Tag',
  'x-mailgun-track': 'X-Mailgun-Track',
  'x-mailgun-track-clicks': 'X-Mailgun-Track-Clicks',
  'x-mailgun-track-opens': 'X-Mailgun-Track-Opens',
  'x-mc-tags': 'X-MC-Tags',
  'x-mc-subaccount': 'X-MC-Subaccount',
  'x-mc-track': 'X-MC-Track',
  'x-mc-template': 'X-MC-Template',
  'x-mc-metadata': 'X-MC-Metadata',
  'mime-version': 'MIME-Version',
  'message-id': 'Message-ID',
  'list-id': 'List-ID',
};

/** `list-unsubscribe-post` → `List-Unsubscribe-Post`; known ESP headers keep their documented spelling. */
export function canonicalName(name: string): string {
  const lower = name.toLowerCase();
  return CANONICAL[lower] ?? lower.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}

/** An evidence line `Name: value`, one line, at most 200 characters. */
export function headerLine(name: string, value: string): string {
  return clip(`${canonicalName(name)}: ${value.replace(/\s+/g, ' ').trim()}`);
}

export function clip(s: string, max = 200): string {
  const one = s.replace(/[\r\n]+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A header name as RFC 5322 allows it (printable ASCII but ':'). */
export const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]+$/;

/** Splits "a, b,c" into ["a", "b", "c"] (empty items dropped). */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** In order, without duplicates (case-sensitive, trimmed, empty dropped). */
export function unique(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values.map((s) => s.trim())) if (v && !out.includes(v)) out.push(v);
  return out;
}

/** Copies headers with lower-cased names (values in order), so callers may pass any spelling. */
export function lowerCaseHeaders(headers: Record<string, string[] | string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers)) (out[k.toLowerCase()] ??= []).push(...(Array.isArray(v) ? v : [v]));
  return out;
}

/**
 * The header section of a raw message: lower-cased names → unfolded values, in order. Stops at
 * the first empty line. Values are left encoded (see decodeEncodedWords).
 */
export function parseHeaderBlock(raw: Buffer): Record<string, string[]> {
  const text = raw.toString('utf8');
  const end = text.search(/\r?\n\r?\n/);
  const block = end < 0 ? text : text.slice(0, end);
  const out: Record<string, string[]> = {};
  let current: { name: string; value: string } | null = null;
  const flush = () => {
    if (current) (out[current.name] ??= []).push(current.value.trim());
  };
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    current = colon > 0 && HEADER_NAME.test(line.slice(0, colon).trim()) ? { name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) } : null;
  }
  flush();
  return out;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?iso-8859-1?Q?…?=`); undecodable words stay as they are. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)/g, '$1')
    .replace(/=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g, (word, charset: string, enc: string, data: string) => {
      const cs = charset.split('*')[0]!;
      if (!iconv().encodingExists(cs)) return word;
      const bytes =
        enc.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
              'latin1',
            );
      return iconv().decode(bytes, cs);
    });
}

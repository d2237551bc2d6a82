import type { PayloadEsp } from './types.js';

/**
 * Which ESP's API request a JSON object looks like, from the field names each API requires or
 * alone uses; null when it looks like none. A guess to read a payload given without `--esp`, or to
 * say which flag was missing; never used when the user named the ESP.
 */
export function guessPayloadEsp(value: unknown): PayloadEsp | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if ('HtmlBody' in o || 'TextBody' in o || 'MessageStream' in o || ('TemplateModel' in o && 'From' in o)) return 'postmark';
  if (Array.isArray(o['personalizations'])) return 'sendgrid';
  if (isObject(o['Content']) || (isObject(o['Message']) && isObject(o['Destination']))) return 'ses';
  if (isObject(o['message']) && ('html' in (o['message'] as object) || 'text' in (o['message'] as object) || 'key' in o)) return 'mandrill';
  if (Object.keys(o).some((k) => /^[ohv]:/.test(k))) return 'mailgun';
  return null;
}

/** The same guess from raw bytes: only a JSON object is parsed (up to the size the caller allows). */
export function guessPayloadEspOf(bytes: Uint8Array): PayloadEsp | null {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09 || bytes[i] === 0xef || bytes[i] === 0xbb || bytes[i] === 0xbf)) i++;
  if (bytes[i] !== 0x7b) return null; // '{'
  try {
    return guessPayloadEsp(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

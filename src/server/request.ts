// Turning the body of POST /v1/check into a worker task, and the pool's FileResult back into the
// contract's result object. Pure functions: no sockets here, so they are easy to test.
import { contractResult } from '../report/json.js';
import { guessPayloadEsp } from '../esp/guess.js';
import type { FileResult, Location } from '../types.js';
import type { PayloadEsp } from '../esp/types.js';
import type { CheckRequest } from './worker.js';

/** Media types POST /v1/check accepts, and the name each input gets in its result. */
export const ACCEPTED_MEDIA_TYPES = ['message/rfc822', 'text/html', 'text/plain', 'application/json'] as const;
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number];

/**
 * The `file` of a result checked over HTTP. The extension matters to the pipeline exactly as for a
 * file on disk (.txt is read as plain text, .html as markup), so each kind of body gets its own.
 */
export const REQUEST_FILE = { eml: 'request.eml', html: 'request.html', text: 'request.txt', json: 'request.json' } as const;

const MAX_SUBJECT = 2000;
const MAX_FROM = 998;

/** `text/html; charset=utf-8` → `text/html`; null when absent or not one we accept. */
export function mediaTypeOf(header: string | undefined): AcceptedMediaType | null {
  if (!header) return null;
  const type = header.split(';', 1)[0]!.trim().toLowerCase();
  return (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(type) ? (type as AcceptedMediaType) : null;
}

/** Lines inserted into the input before checking (the JSON body's `from`), to be taken out of locations. */
export interface LineShift {
  /** First inserted line (1-based). */
  at: number;
  /** How many lines were inserted there. */
  count: number;
}

export type BuiltRequest = { ok: true; task: CheckRequest; shift?: LineShift } | { ok: false; error: string };

/**
 * Builds the worker task for one request body.
 * `subject` comes from `?subject=` or `X-Graylint-Subject` (ignored for JSON, which has its own field).
 */
export function buildCheckRequest(media: AcceptedMediaType, body: Uint8Array, subject?: string, esp?: PayloadEsp): BuiltRequest {
  if (subject !== undefined && subject.length > MAX_SUBJECT) return { ok: false, error: 'subject is too long' };
  const withSubject = subject !== undefined && subject !== '' ? { subject } : {};
  if (esp && media === 'application/json') {
    // `serve --esp`: the body is that ESP's API request, checked as `graylint check --esp` checks it.
    try {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return { ok: false, error: `the body is not a JSON ${esp} API request` };
    }
    return { ok: true, task: { file: REQUEST_FILE.json, bytes: body, options: { esp } } };
  }
  switch (media) {
    case 'message/rfc822':
      return { ok: true, task: { file: REQUEST_FILE.eml, bytes: body, kind: 'eml', ...withSubject } };
    case 'text/html':
      return { ok: true, task: { file: REQUEST_FILE.html, bytes: body, kind: 'template', ...withSubject } };
    case 'text/plain':
      return { ok: true, task: { file: REQUEST_FILE.text, bytes: body, kind: 'template', ...withSubject } };
    case 'application/json':
      return buildFromJson(body);
  }
}

const BODY_FIELDS = ['eml', 'html', 'text'] as const;

function buildFromJson(body: Uint8Array): BuiltRequest {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, error: 'malformed JSON: the body is not UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'malformed JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'the JSON body must be an object with one of "eml", "html" or "text"' };
  }
  const obj = value as Record<string, unknown>;
  const present = BODY_FIELDS.filter((f) => obj[f] !== undefined);
  if (present.length === 0) {
    const esp = guessPayloadEsp(obj);
    if (esp) return { ok: false, error: `this looks like a ${esp} API request: start the service with \`graylint serve --esp ${esp}\` to check ESP requests, or send one of "eml", "html" or "text"` };
    return { ok: false, error: 'missing field: one of "eml", "html" or "text" is required' };
  }
  if (present.length > 1) return { ok: false, error: 'give exactly one of "eml", "html" or "text"' };
  const field = present[0]!;
  const content = obj[field];
  if (typeof content !== 'string') return { ok: false, error: `"${field}" must be a string` };

  const subject = obj['subject'];
  if (subject !== undefined && typeof subject !== 'string') return { ok: false, error: '"subject" must be a string' };
  if (subject !== undefined && subject.length > MAX_SUBJECT) return { ok: false, error: '"subject" is too long' };
  const from = obj['from'];
  if (from !== undefined && typeof from !== 'string') return { ok: false, error: '"from" must be a string' };
  if (from !== undefined && field === 'eml') {
    return { ok: false, error: '"from" applies to "html" and "text" only: a raw message has its own From: header' };
  }
  if (from !== undefined && (/[\r\n]/.test(from) || from.length > MAX_FROM)) {
    return { ok: false, error: '"from" must be one line of at most 998 characters' };
  }

  const withSubject = subject ? { subject } : {};
  if (field === 'eml') {
    return { ok: true, task: { file: REQUEST_FILE.eml, bytes: utf8(content), kind: 'eml', ...withSubject } };
  }
  const file = field === 'html' ? REQUEST_FILE.html : REQUEST_FILE.text;
  if (from === undefined || from.trim() === '') {
    return { ok: true, task: { file, bytes: utf8(content), kind: 'template', ...withSubject } };
  }
  const injected = injectFrom(content, from.trim());
  return { ok: true, task: { file, bytes: utf8(injected.text), kind: 'template', ...withSubject }, shift: injected.shift };
}

function utf8(s: string): Uint8Array {
  // Its own ArrayBuffer (not a slice of Buffer's shared pool), so the pool can transfer it.
  return new TextEncoder().encode(s);
}

/** Same pattern the template reader uses for front matter (src/input/template.ts). */
const FRONT_MATTER = /^---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/;

/**
 * A template's sender is read from its front matter (`from: Name <address>`), so the JSON `from`
 * goes there: as the last front-matter line when the template has front matter (later keys win),
 * else as a new three-line front matter block. The returned shift undoes the line numbering.
 */
export function injectFrom(source: string, from: string): { text: string; shift: LineShift } {
  const line = `from: ${from}`;
  const m = FRONT_MATTER.exec(source);
  if (m) {
    // Insert before the closing `---`, i.e. after the opening line and the block's own lines.
    const innerLines = m[1]!.split('\n').length;
    const closing = m[0].search(/\r?\n---\r?\n$/);
    const nl = m[0].includes('\r\n') ? '\r\n' : '\n';
    return {
      text: source.slice(0, closing) + nl + line + source.slice(closing),
      shift: { at: innerLines + 2, count: 1 },
    };
  }
  return { text: `---\n${line}\n---\n${source}`, shift: { at: 1, count: 3 } };
}

/** Takes the inserted lines back out of every location, so lines point at the caller's text. */
export function unshiftResult(result: FileResult, shift: LineShift): FileResult {
  const fix = <T extends { location: Location }>(f: T): T => {
    const loc = f.location;
    if (loc.line === undefined || loc.line < shift.at) return f;
    if (loc.line < shift.at + shift.count) {
      // Points into the inserted `from:` line: the caller's text has no line for it.
      const { line: _line, column: _column, ...rest } = loc;
      return { ...f, location: rest };
    }
    return { ...f, location: { ...loc, line: loc.line - shift.count } };
  };
  return {
    ...result,
    findings: result.findings.map(fix),
    ...(result.suppressed ? { suppressed: result.suppressed.map(fix) } : {}),
  };
}

/**
 * The contract's result object as the service sends it: one line of JSON and a newline, the object
 * `--format json` prints (report/json.ts contractResult).
 */
export function contractJson(result: FileResult): string {
  return `${JSON.stringify(contractResult(result))}\n`;
}

/** The contract's result object (docs/output-contract.md) as plain data of its own, exactly as `--format json` prints it. */
export function toContractResult(result: FileResult): Record<string, unknown> {
  return JSON.parse(contractJson(result)) as Record<string, unknown>;
}

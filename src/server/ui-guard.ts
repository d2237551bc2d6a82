// Who may call the service when it also serves the live page (`serve --ui`). Without --ui a
// request from a web page (one with an Origin header) is refused outright; with it, the page's
// own requests must be let through, and nothing else that a browser sends:
//   - the Origin must be the service's own (http://<a loopback name>:<its port>), the page's origin;
//   - the request must carry X-Graylint-Token with the token made at start-up, which only the
//     served page knows (another origin cannot read it: no CORS, no framing).
// Both are needed: a cross-origin request with the token, or a same-origin one without it, is
// refused. Programs (no Origin) are answered as without --ui.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-graylint-token';

/** A fresh token for one start of the service: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether `given` is `token`, in constant time. */
export function tokenMatches(token: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(token);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Why a request carrying an Origin is refused, or null when it is the page's own: its Origin is
 * http://<Host> with the service's port, and it carries the token. A GET of the page's own files
 * (`asset`) needs the same origin but no token: the browser fetches the module script with the
 * page's Origin, and a page of the same origin could read them anyway. Another origin is refused
 * them too (and, without an Origin, cannot read them: no CORS). The caller has already made sure
 * that the Host header names this machine.
 */
export function pageRequestRefusal(headers: IncomingHttpHeaders, token: string, port: number, asset = false): string | null {
  const origin = headers.origin;
  let parsed: URL | null = null;
  try {
    parsed = origin ? new URL(origin) : null;
  } catch {
    parsed = null;
  }
  const sameOrigin =
    parsed !== null &&
    parsed.protocol === 'http:' &&
    origin === parsed.origin &&
    `${parsed.host}` === (headers.host ?? '').trim().toLowerCase() &&
    Number(parsed.port || 80) === port;
  if (!sameOrigin) return 'requests from other web pages are not answered: only the page this service serves may call it';
  if (!asset && !tokenMatches(token, headers[TOKEN_HEADER])) return 'a request from the page must carry its X-Graylint-Token';
  return null;
}

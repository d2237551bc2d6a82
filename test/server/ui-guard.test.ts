// The rule that lets the live page (`serve --ui`) call the service: same origin and the token, both.
import { describe, expect, it } from 'vitest';
import { newToken, pageRequestRefusal, tokenMatches } from '../../src/server/ui-guard.js';

const token = newToken();
const port = 8425;
const page = { host: '127.0.0.1:8425', origin: 'http://127.0.0.1:8425', 'x-graylint-token': token };

describe('ui-guard', () => {
  it('makes a new 256-bit token each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newToken));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(Buffer.from(t, 'base64url')).toHaveLength(32);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(token, token.slice(1))).toBe(false);
    expect(tokenMatches(token, `${token} `)).toBe(false);
    expect(tokenMatches(token, undefined)).toBe(false);
    expect(tokenMatches(token, [token])).toBe(false);
  });

  it('lets the page through: its own origin (any loopback name it was opened by) and the token', () => {
    expect(pageRequestRefusal(page, token, port)).toBeNull();
    expect(pageRequestRefusal({ ...page, host: 'localhost:8425', origin: 'http://localhost:8425' }, token, port)).toBeNull();
    expect(pageRequestRefusal({ ...page, host: '[::1]:8425', origin: 'http://[::1]:8425' }, token, port)).toBeNull();
  });

  it('refuses anything else', () => {
    const cases: Array<Record<string, string | undefined>> = [
      { ...page, 'x-graylint-token': undefined },
      { ...page, 'x-graylint-token': newToken() },
      { ...page, origin: 'https://evil.example' },
      { ...page, origin: 'null' },
      { ...page, origin: 'http://localhost:8425' },
      { ...page, origin: 'https://127.0.0.1:8425' },
      { ...page, origin: 'http://127.0.0.1:8426' },
      { ...page, origin: 'http://127.0.0.1:8425/' },
      { ...page, origin: 'http://user@127.0.0.1:8425' },
      { ...page, origin: 'not a url' },
      { ...page, host: '127.0.0.1:9999', origin: 'http://127.0.0.1:9999' },
    ];
    for (const headers of cases) expect(pageRequestRefusal(headers, token, port), JSON.stringify(headers)).toMatch(/./);
  });
});

describe('ui-guard: the page files', () => {
  it('need the same origin but no token', () => {
    const { 'x-graylint-token': _t, ...noToken } = page;
    expect(pageRequestRefusal(noToken, token, port, true)).toBeNull();
    expect(pageRequestRefusal({ ...noToken, origin: 'https://evil.example' }, token, port, true)).toMatch(/other web pages/);
    expect(pageRequestRefusal(noToken, token, port, false)).toMatch(/token/i);
  });
});

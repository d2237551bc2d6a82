import net from 'node:net';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { FIXTURES, walk } from '../helpers.js';

/**
 * graylint never reaches out: remote images, stylesheets, tracking pixels and links in a message
 * are never fetched, and template code is never run. Every way out of the process (sockets, DNS,
 * http/https requests) is replaced by a recorder that refuses, then every fixture is checked.
 */
const attempts: string[] = [];
const saved: Array<() => void> = [];

function deny<T extends object>(target: T, key: keyof T & string, label: string): void {
  const original = target[key];
  saved.push(() => {
    (target as Record<string, unknown>)[key] = original;
  });
  (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
    attempts.push(`${label}(${JSON.stringify(args[0] ?? '').slice(0, 80)})`);
    throw new Error(`network access denied: ${label}`);
  };
}

beforeAll(() => {
  deny(net.Socket.prototype, 'connect', 'net.Socket.connect');
  deny(net, 'connect', 'net.connect');
  deny(net, 'createConnection', 'net.createConnection');
  deny(dns, 'lookup', 'dns.lookup');
  deny(dns.promises, 'lookup', 'dns.promises.lookup');
  deny(http, 'request', 'http.request');
  deny(http, 'get', 'http.get');
  deny(https, 'request', 'https.request');
  deny(https, 'get', 'https.get');
  deny(globalThis, 'fetch', 'fetch');
});

afterAll(() => {
  for (const restore of saved.reverse()) restore();
});

describe('no reach-out', () => {
  it('the guard itself records and refuses a connection (so the check below can fail)', () => {
    expect(() => net.connect({ host: '127.0.0.1', port: 9 })).toThrow(/network access denied/);
    expect(() => new net.Socket().connect({ host: '127.0.0.1', port: 9 })).toThrow(/network access denied/);
    expect(attempts).toHaveLength(2);
    attempts.length = 0;
  });

  it('checks every fixture (remote images, links, tracking pixels, templates) without opening a connection', async () => {
    const checker = createChecker();
    const files = walk(FIXTURES).filter((f) => !f.endsWith('.yaml') && !f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) await checker.checkFile(join(FIXTURES, f), { explain: true });
    // --branches too: template code is walked, never run.
    const { checkFileBranches } = await import('../../src/variants/index.js');
    for (const f of files.filter((x) => x.startsWith('branches/'))) await checkFileBranches(checker, join(FIXTURES, f));
    expect(attempts).toEqual([]);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_DEFAULTS, startServer, type RunningServer } from '../../src/server/index.js';
import { assertBuilt, DIST_WORKER, openRaw, ROOT, sleep, waitFor, type RawConnection } from './helpers.js';

/**
 * Issue 15 item 19: the service caps concurrent connections and the request-body bytes it holds
 * across all requests. Past either cap a request gets 503 with Retry-After and a one-line JSON
 * error, at once, without its body being read. Real HTTP against a started server, with small
 * caps so that a handful of connections reach them.
 */
const CLI = join(ROOT, 'dist/bundle/main.js');
const HTML = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p>';

beforeAll(() => assertBuilt());

/** Status line, headers (lower-cased names) and body of a raw HTTP/1.1 response. */
function parse(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = raw.split('\r\n\r\n', 2);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const at = l.indexOf(':');
    headers[l.slice(0, at).trim().toLowerCase()] = l.slice(at + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body };
}

/** Reads until a whole response has arrived (the server may keep the socket open a moment longer). */
async function firstResponse(conn: RawConnection, ms = 10_000): Promise<ReturnType<typeof parse>> {
  let got = '';
  conn.socket.on('data', (d: Buffer) => (got += d.toString('latin1')));
  await waitFor(() => {
    const r = parse(got);
    return r.status > 0 && r.body.length >= Number(r.headers['content-length'] ?? Infinity);
  }, ms);
  conn.socket.destroy();
  return parse(got);
}

const post = (length: number, extra = '') =>
  `POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: ${length}\r\n${extra}\r\n`;

function expectBusy(r: ReturnType<typeof parse>, words: RegExp): void {
  expect(r.status).toBe(503);
  expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
  expect(r.headers['content-type']).toMatch(/^application\/json/);
  expect(r.body.trim().split('\n')).toHaveLength(1);
  expect((JSON.parse(r.body) as { error: string }).error).toMatch(words);
}

describe('connection cap', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, maxConnections: 2, log: () => undefined });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a connection past maxConnections with 503 and Retry-After, without reading its body, and serves again once one closes', async () => {
    const held = [await openRaw(server.port), await openRaw(server.port)];
    for (const c of held) c.socket.on('error', () => undefined);
    await sleep(100);
    // A third connection: its headers promise a body that never comes, and the answer comes anyway.
    const third = await openRaw(server.port);
    third.socket.on('error', () => undefined);
    await third.write(post(3000));
    expectBusy(await firstResponse(third), /connections/);

    held[0]!.socket.destroy();
    await sleep(100);
    const again = await openRaw(server.port);
    await again.write(`${post(Buffer.byteLength(HTML), 'Connection: close\r\n')}${HTML}`);
    expect((await firstResponse(again)).status).toBe(200);
    held[1]!.socket.destroy();
  });
});

describe('in-flight body budget', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, maxBodyBytes: 4000, maxInflightBodyBytes: 6000, log: () => undefined });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a body that would take the bytes held past the budget, before reading it; the first request is still answered', async () => {
    const first = await openRaw(server.port);
    const body = `${HTML}${' '.repeat(3900 - Buffer.byteLength(HTML))}`;
    await first.write(post(3900, 'Connection: close\r\n'));
    await first.write(body.slice(0, 3500));
    await sleep(100);

    const second = await openRaw(server.port);
    second.socket.on('error', () => undefined);
    await second.write(post(3000));
    expectBusy(await firstResponse(second), /busy/);

    await first.write(body.slice(3500));
    expect((await firstResponse(first)).status).toBe(200);
    // The first request's bytes are released once it is answered.
    const third = await openRaw(server.port);
    await third.write(`${post(Buffer.byteLength(HTML), 'Connection: close\r\n')}${HTML}`);
    expect((await firstResponse(third)).status).toBe(200);
  });

  it('stops reading a chunked body as soon as it would take the bytes held past the budget', async () => {
    const first = await openRaw(server.port);
    first.socket.on('error', () => undefined);
    await first.write(post(3900));
    await first.write('x'.repeat(3500));
    await sleep(100);

    const chunked = await openRaw(server.port);
    chunked.socket.on('error', () => undefined);
    await chunked.write('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'y'.repeat(1000);
    for (let i = 0; i < 3; i++) await chunked.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    expectBusy(await firstResponse(chunked), /busy/);
    first.socket.destroy();
  });
});

describe('graylint serve flags', () => {
  it('documents the caps and their defaults in serve --help', () => {
    const r = spawnSync(process.execPath, [CLI, 'serve', '--help'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(new RegExp(`--max-connections <n>[\\s\\S]*default ${SERVER_DEFAULTS.maxConnections}`));
    expect(r.stdout).toMatch(new RegExp(`--max-inflight-body <bytes>[\\s\\S]*default ${SERVER_DEFAULTS.maxInflightBodyBytes}`));
  });

  it('refuses a body budget smaller than --max-body with one line, exit 2', () => {
    const r = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--max-body', '1000', '--max-inflight-body', '500'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--max-inflight-body.*--max-body/);
  });

  it('applies --max-connections to a running graylint serve', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--workers', '1', '--max-connections', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      await waitFor(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(stderr) || child.exitCode !== null, 20_000);
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(stderr)![1]);
      const held = await openRaw(port);
      await sleep(100);
      const second = await openRaw(port);
      second.socket.on('error', () => undefined);
      await second.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expectBusy(await firstResponse(second), /connections/);
      held.socket.destroy();
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});

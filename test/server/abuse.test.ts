import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { assertBuilt, DIST_WORKER, GRAY, sleep } from './helpers.js';

/**
 * Service abuse on loopback only, every loop bounded: 1,000 concurrent connections that trickle
 * half a request (slowloris), oversize and malformed requests among them. The service must keep
 * its memory bounded, answer each bad request with the right status, and still answer /healthz.
 */
const CONNECTIONS = 1000;
let server: RunningServer;

beforeAll(async () => {
  assertBuilt();
  server = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, maxBodyBytes: 64 * 1024, headersTimeoutMs: 4000, requestTimeoutMs: 8000, log: () => undefined });
});
afterAll(async () => {
  await server?.close();
});

function open(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port: server.port }, () => resolve(s));
    s.on('error', reject);
  });
}

function statusOf(raw: string, body: Buffer | string = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port: server.port }, () => {
      s.write(raw);
      if (body.length) s.write(body);
    });
    let got = '';
    s.on('data', (d) => {
      got += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(got);
      if (m) {
        s.destroy();
        resolve(Number(m[1]));
      }
    });
    s.on('error', () => resolve(0));
    setTimeout(() => {
      s.destroy();
      reject(new Error(`no answer to ${raw.split('\r\n')[0]}`));
    }, 15000);
  });
}

describe('service abuse', () => {
  it(`survives ${CONNECTIONS} concurrent half-sent requests with bounded memory, and keeps answering`, async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const sockets: net.Socket[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const s = await open();
      s.on('error', () => undefined);
      // Headers promise a 60 KB body; only a few bytes arrive.
      s.write(`POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: 60000\r\n\r\n<p>`);
      sockets.push(s);
    }
    // While they hang: health, a real check, and bad requests all get their answers.
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ok = await fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: readFileSync(join(GRAY, 'password-reset-plain.de.html')) });
    expect(ok.status).toBe(200);
    expect(await statusOf('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: 999999999\r\n\r\n')).toBe(413);
    expect(await statusOf('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n', 'PNG!')).toBe(415);
    expect(await statusOf('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\n', '{"ht')).toBe(400);
    expect(await statusOf('GARBAGE\r\n\r\n')).toBe(400);
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(heapGrowth).toBeLessThan(200 * 1024 * 1024);
    for (const s of sockets) s.destroy();
    await sleep(200);
    const after = await fetch(`${server.url}/healthz`);
    expect(after.status).toBe(200);
  }, 120000);
});

import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { formatJson } from '../../src/report/json.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { assertBuilt, DIST_WORKER, GRAY, metric, openRaw, sleep, waitFor } from './helpers.js';

// Real HTTP on 127.0.0.1 with an ephemeral port; the pool runs the built worker (see helpers.ts).

const RECEIPT_EML = readFileSync(join(GRAY, 'receipt-with-referral.eml'));
const RESET_HTML = readFileSync(join(GRAY, 'password-reset-plain.de.html'));
const RECEIPT_HTML_DE = readFileSync(join(GRAY, 'receipt-with-referral.de.html'), 'utf8');
const MAX_BODY = 64 * 1024;

type Json = Record<string, any>;

let server: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  assertBuilt();
  server = await startServer({ port: 0, workers: 2, maxBodyBytes: MAX_BODY, workerUrl: DIST_WORKER, log: (l) => logs.push(l) });
}, 30_000);

afterAll(async () => {
  await server?.close();
});

async function post(body: BodyInit | Uint8Array, contentType: string | null, path = '/v1/check', headers: Record<string, string> = {}) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { ...(contentType ? { 'Content-Type': contentType } : {}), ...headers },
    body: body as BodyInit,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as Json };
}

function classes(r: Json) {
  return {
    category: r['category'],
    stream: r['stream'],
    canSpam: r['verdicts']['can-spam'].class,
    casl: r['verdicts']['casl'].class,
    gdpr: r['verdicts']['gdpr'].class,
  };
}

describe('server basics', () => {
  it('binds to 127.0.0.1 and reports the ephemeral port it got', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(server.workers).toBe(2);
  });

  it('GET /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('POST /v1/check', () => {
  it('message/rfc822: the receipt with a referral is hybrid, a CEM under CASL', async () => {
    const r = await post(RECEIPT_EML, 'message/rfc822');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = r.json();
    expect(classes(body)).toEqual({
      category: 'hybrid',
      stream: 'marketing',
      canSpam: 'transactional',
      casl: 'cem',
      gdpr: 'direct-marketing',
    });
    expect(body['kind']).toBe('eml');
    expect(body['findings'].map((f: Json) => f['ruleId'])).toContain('casl/promo-in-transactional');
  });

  it('answers exactly the result object that --format json prints for the same input', async () => {
    const r = await post(RECEIPT_EML, 'message/rfc822');
    const local = await createChecker().checkBuffer('request.eml', RECEIPT_EML, { kind: 'eml' });
    const expected = JSON.parse(formatJson({ version: 1, results: [local] })).results[0];
    expect(r.json()).toEqual(expected);
  });

  it('sends that object as one line of JSON, byte for byte, with its Content-Length', async () => {
    const r = await post(RECEIPT_EML, 'message/rfc822');
    const local = await createChecker().checkBuffer('request.eml', RECEIPT_EML, { kind: 'eml' });
    const expected = `${JSON.stringify(JSON.parse(formatJson({ version: 1, results: [local] })).results[0])}\n`;
    expect(r.text).toBe(expected);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(expected)));
  });

  it('text/html: the bare password reset is transactional under every law', async () => {
    const r = await post(RESET_HTML, 'text/html; charset=utf-8');
    expect(r.status).toBe(200);
    const body = r.json();
    expect(classes(body)).toEqual({
      category: 'transactional',
      stream: 'transactional',
      canSpam: 'transactional',
      casl: 'not-cem',
      gdpr: 'service',
    });
    expect(body['kind']).toBe('html');
    expect(body['file']).toBe('request.html');
  });

  it('takes a template subject from ?subject= (UTF-8) or the X-Graylint-Subject header', async () => {
    const q = await post(RESET_HTML, 'text/html', `/v1/check?subject=${encodeURIComponent('Passwort zurücksetzen')}`);
    expect(q.status).toBe(200);
    expect(q.json()['subject']).toBe('Passwort zurücksetzen');
    const h = await post(RESET_HTML, 'text/html', '/v1/check', { 'X-Graylint-Subject': 'Reset your password' });
    expect(h.json()['subject']).toBe('Reset your password');
  });

  it('text/plain is read as a plain-text template', async () => {
    const r = await post('Subject: Your password was changed\n\nHello,\nyour password was changed just now.\nIf this was not you, contact support.\n', 'text/plain');
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body['kind']).toBe('text');
    expect(body['subject']).toBe('Your password was changed');
    expect(body['category']).toBe('transactional');
  });

  it('application/json with "eml": same verdicts as the raw message', async () => {
    const r = await post(JSON.stringify({ eml: RECEIPT_EML.toString('utf8') }), 'application/json');
    expect(r.status).toBe(200);
    expect(classes(r.json())).toMatchObject({ category: 'hybrid', casl: 'cem' });
  });

  it('application/json with "html" and "subject"', async () => {
    const r = await post(JSON.stringify({ html: RESET_HTML.toString('utf8'), subject: 'Ihr Passwort zurücksetzen' }), 'application/json');
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body['subject']).toBe('Ihr Passwort zurücksetzen');
    expect(classes(body)).toMatchObject({ category: 'transactional', casl: 'not-cem' });
  });

  it('application/json "from" sets the sender and leaves finding lines pointing at the caller\'s text', async () => {
    const plain = (await post(JSON.stringify({ html: RECEIPT_HTML_DE }), 'application/json')).json();
    const withFrom = (await post(JSON.stringify({ html: RECEIPT_HTML_DE, from: 'Fernwood <no-reply@fernwood.example>' }), 'application/json')).json();
    const bodyLocations = (r: Json) =>
      r['findings'].filter((f: Json) => f['location'].scope !== 'from').map((f: Json) => [f['ruleId'], f['location']]);
    expect(bodyLocations(plain).length).toBeGreaterThan(0);
    expect(bodyLocations(withFrom)).toEqual(bodyLocations(plain));
    expect(withFrom['findings'].map((f: Json) => f['ruleId'])).toContain('providers/no-reply-sender');
  });

  it('application/json with "text"', async () => {
    const r = await post(JSON.stringify({ text: 'Your verification code is 482910. It expires in 10 minutes.' }), 'application/json');
    expect(r.status).toBe(200);
    expect(r.json()['kind']).toBe('text');
  });
});

describe('errors', () => {
  const expectOneLineError = (text: string) => {
    expect(text.trimEnd()).not.toContain('\n');
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual(['error']);
    expect(typeof body.error).toBe('string');
    expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/); // no stack trace
  };

  it('422 on an empty body, with the result object carrying error', async () => {
    const r = await post('', 'message/rfc822');
    expect(r.status).toBe(422);
    expect(r.json()).toEqual({ file: 'request.eml', findings: [], error: { code: 'unreadable', message: 'file is empty' } });
  });

  it('422 on binary content sent as a template', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(1)]);
    const r = await post(png, 'text/html');
    expect(r.status).toBe(422);
    expect(r.json()['error'].code).toBe('unsupported');
    expect(r.json()['verdicts']).toBeUndefined();
  });

  it('413 when Content-Length exceeds maxBodyBytes', async () => {
    const r = await post('x'.repeat(MAX_BODY + 1), 'text/html');
    expect(r.status).toBe(413);
    expectOneLineError(r.text);
  });

  it('413 on a chunked body that grows past the limit, without waiting for its end', async () => {
    const conn = await openRaw(server.port);
    await conn.write('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'y'.repeat(16 * 1024);
    // Five chunks pass the 64 kB limit; the stream is never terminated, so only the limit can end it.
    for (let i = 0; i < 5; i++) await conn.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const text = await conn.response(5000);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expectOneLineError(text.slice(text.indexOf('\r\n\r\n') + 4));
  });

  it('413 at once on a huge declared Content-Length, having read none of the body', async () => {
    const conn = await openRaw(server.port);
    await conn.write(`POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: ${500 * 1024 * 1024}\r\n\r\n<p>`);
    const text = await conn.response(5000);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toMatch(/connection: close/i);
  });

  it('400 on malformed JSON', async () => {
    const r = await post('{"html": "<p>unterminated', 'application/json');
    expect(r.status).toBe(400);
    expectOneLineError(r.text);
    expect(r.json().error).toMatch(/malformed JSON/);
  });

  it('400 on a JSON body without eml, html or text, or with two of them', async () => {
    const missing = await post(JSON.stringify({ subject: 'Hi' }), 'application/json');
    expect(missing.status).toBe(400);
    expect(missing.json().error).toMatch(/missing field/);
    const two = await post(JSON.stringify({ html: '<p>a</p>', text: 'a' }), 'application/json');
    expect(two.status).toBe(400);
    const wrongType = await post(JSON.stringify({ html: 42 }), 'application/json');
    expect(wrongType.status).toBe(400);
    const notObject = await post('[1,2]', 'application/json');
    expect(notObject.status).toBe(400);
    const fromOnEml = await post(JSON.stringify({ eml: 'From: a@b.c\r\n\r\nhi', from: 'x@y.z' }), 'application/json');
    expect(fromOnEml.status).toBe(400);
    for (const r of [missing, two, wrongType, notObject, fromOnEml]) expectOneLineError(r.text);
  });

  it('415 on image/png and on a body without Content-Type', async () => {
    const png = await post(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    expect(png.status).toBe(415);
    expectOneLineError(png.text);
    const none = await post(new Uint8Array([0x41]), null);
    expect(none.status).toBe(415);
  });

  it('404 on an unknown route', async () => {
    const res = await fetch(`${server.url}/v2/nothing`);
    expect(res.status).toBe(404);
    expectOneLineError(await res.text());
  });

  it('405 on a wrong method, with Allow', async () => {
    const get = await fetch(`${server.url}/v1/check`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expectOneLineError(await get.text());
    const postHealth = await post('{}', 'application/json', '/healthz');
    expect(postHealth.status).toBe(405);
  });

  it('400 as JSON on a request node:http cannot parse', async () => {
    const conn = await openRaw(server.port);
    await conn.write('THIS IS NOT HTTP\r\n\r\n');
    const text = await conn.response(5000);
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expectOneLineError(text.slice(text.indexOf('\r\n\r\n') + 4));
  });
});

describe('GET /metrics', () => {
  it('counts requests, verdicts and errors, and times requests in a histogram', async () => {
    const before = await (await fetch(`${server.url}/metrics`)).text();
    await post(RECEIPT_EML, 'message/rfc822');
    await post(RESET_HTML, 'text/html');
    await post('', 'text/html');
    await post('{', 'application/json');
    await fetch(`${server.url}/nowhere`);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const after = await res.text();
    const delta = (series: string) => metric(after, series) - metric(before, series);

    expect(delta('graylint_requests_total{route="/v1/check",status="200"}')).toBe(2);
    expect(delta('graylint_requests_total{route="/v1/check",status="422"}')).toBe(1);
    expect(delta('graylint_requests_total{route="/v1/check",status="400"}')).toBe(1);
    expect(delta('graylint_requests_total{route="unmatched",status="404"}')).toBe(1);
    // The first scrape is counted; this one is still being answered.
    expect(delta('graylint_requests_total{route="/metrics",status="200"}')).toBe(1);
    expect(delta('graylint_verdicts_total{class="cem",law="casl"}')).toBe(1);
    expect(delta('graylint_verdicts_total{class="not-cem",law="casl"}')).toBe(1);
    expect(delta('graylint_verdicts_total{class="transactional",law="can-spam"}')).toBe(2);
    expect(delta('graylint_errors_total{code="unreadable"}')).toBe(1);
    expect(delta('graylint_errors_total{code="bad-request"}')).toBe(1);
    expect(delta('graylint_errors_total{code="not-found"}')).toBe(1);
    expect(delta('graylint_request_duration_seconds_count{route="/v1/check"}')).toBe(4);

    expect(after).toContain('# TYPE graylint_request_duration_seconds histogram');
    expect(after).toMatch(/^graylint_request_duration_seconds_bucket\{route="\/v1\/check",le="0\.005"\} \d+$/m);
    expect(after).toMatch(/^graylint_request_duration_seconds_bucket\{route="\/v1\/check",le="5"\} \d+$/m);
    expect(after).toMatch(/^graylint_request_duration_seconds_bucket\{route="\/v1\/check",le="\+Inf"\} \d+$/m);
    expect(after).toMatch(/^graylint_request_duration_seconds_sum\{route="\/v1\/check"\} [\d.e-]+$/m);
    expect(after).toContain('# TYPE graylint_inflight_requests gauge');
    expect(metric(after, 'graylint_inflight_requests')).toBeGreaterThanOrEqual(1); // the scrape itself
    // Buckets are cumulative.
    const buckets = [...after.matchAll(/^graylint_request_duration_seconds_bucket\{route="\/v1\/check",le="[^"]+"\} (\d+)$/gm)].map((m) => Number(m[1]));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
  });
});

describe('concurrency', () => {
  it('answers 50 requests sent at once, each with its own verdicts', async () => {
    const jobs = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? post(RECEIPT_EML, 'message/rfc822').then((r) => ({ r, expected: 'hybrid' }))
        : post(RESET_HTML, 'text/html').then((r) => ({ r, expected: 'transactional' })),
    );
    const done = await Promise.all(jobs);
    expect(done).toHaveLength(50);
    for (const { r, expected } of done) {
      expect(r.status).toBe(200);
      expect(r.json()['category']).toBe(expected);
    }
  }, 60_000);

  it('logged no internal error', () => {
    expect(logs.filter((l) => /internal error/.test(l))).toEqual([]);
  });
});

describe('timeouts', () => {
  let slow: RunningServer;
  beforeAll(async () => {
    slow = await startServer({ port: 0, workers: 1, headersTimeoutMs: 300, requestTimeoutMs: 600, workerUrl: DIST_WORKER, log: () => {} });
  }, 30_000);
  afterAll(async () => {
    await slow?.close();
  });

  it('408 when the headers do not arrive in time', async () => {
    const conn = await openRaw(slow.port);
    await conn.write('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const text = await conn.response(5000);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({ error: expect.stringMatching(/timeout/) });
  });

  it('408 when the body does not arrive in time', async () => {
    const conn = await openRaw(slow.port);
    await conn.write('POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>only part');
    const text = await conn.response(5000);
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    const m = await (await fetch(`${slow.url}/metrics`)).text();
    expect(metric(m, 'graylint_requests_total{route="/v1/check",status="408"}')).toBe(1);
    expect(metric(m, 'graylint_errors_total{code="timeout"}')).toBe(2);
  });
});

describe('close() drains', () => {
  const refused = (port: number) =>
    new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    });

  it('finishes in-flight requests, refuses new connections, then resolves', async () => {
    const s = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, log: () => {} });
    // A keep-alive connection left idle by fetch must not hold close() up.
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);

    // Uploads still arriving when close() is called: headers and part of the body sent.
    const uploads = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const body = i === 0 ? RECEIPT_EML : RESET_HTML;
        const conn = await openRaw(s.port);
        const type = i === 0 ? 'message/rfc822' : 'text/html';
        await conn.write(`POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${body.length}\r\n\r\n`);
        await conn.write(body.subarray(0, 1000));
        return { conn, body, expected: i === 0 ? 'hybrid' : 'transactional' };
      }),
    );
    // 5 uploads + the scrape itself.
    await waitFor(async () => metric(await (await fetch(`${s.url}/metrics`)).text(), 'graylint_inflight_requests') >= 6);

    let closed = false;
    const closing = s.close().then(() => (closed = true));
    await sleep(100);
    expect(closed).toBe(false);
    expect(await refused(s.port)).toBe('ECONNREFUSED');

    for (const u of uploads) await u.conn.write(u.body.subarray(1000));
    for (const u of uploads) {
      const text = await u.conn.response(10_000);
      expect(text).toMatch(/^HTTP\/1\.1 200 /);
      expect(text).toMatch(/connection: close/i);
      expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))['category']).toBe(u.expected);
    }

    await closing;
    expect(closed).toBe(true);
    expect(await refused(s.port)).toBe('ECONNREFUSED');
  }, 30_000);

  it('resolves at once when idle, and is idempotent', async () => {
    const s = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, log: () => {} });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    const t = Date.now();
    await Promise.all([s.close(), s.close()]);
    await s.close();
    expect(Date.now() - t).toBeLessThan(3000);
  }, 30_000);
});

describe('overload and internal errors', () => {
  it('503 with Retry-After when the queue is full', async () => {
    const s = await startServer({ port: 0, workers: 1, maxQueue: 0, workerUrl: DIST_WORKER, log: () => {} });
    try {
      const big = `<html><body>${'<p>Your order #1001 has shipped. Track your parcel online.</p>\n'.repeat(4000)}</body></html>`;
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: big }).then(async (r) => ({
            status: r.status,
            retryAfter: r.headers.get('retry-after'),
            body: await r.text(),
          })),
        ),
      );
      expect(answers.some((a) => a.status === 200)).toBe(true);
      const busy = answers.filter((a) => a.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const a of busy) {
        expect(a.retryAfter).toBe('1');
        expect(JSON.parse(a.body)).toEqual({ error: expect.stringMatching(/busy/) });
      }
      expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('500 {"error":"internal error"} and one log line when a check fails unexpectedly', async () => {
    const lines: string[] = [];
    const s = await startServer({
      port: 0,
      workers: 1,
      workerUrl: new URL('./throwing-worker.mjs', import.meta.url),
      log: (l) => lines.push(l),
    });
    try {
      const res = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: '<p>hi</p>' });
      expect(res.status).toBe(500);
      expect(await res.text()).toBe('{"error":"internal error"}\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^graylint: internal error on POST \/v1\/check: boom: the pipeline fell over$/);
      const m = await (await fetch(`${s.url}/metrics`)).text();
      expect(metric(m, 'graylint_errors_total{code="internal"}')).toBe(1);
    } finally {
      await s.close();
    }
  }, 30_000);
});

import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { packs, tempProject } from '../config/helpers.js';
import { assertBuilt, DIST_WORKER, GRAY } from './helpers.js';
import { FIXTURES } from '../helpers.js';

// `graylint serve` with a graylint.config.yaml and with --esp: real HTTP on 127.0.0.1.

const RECEIPT_HTML = readFileSync(join(GRAY, 'receipt-with-referral-above.en.html'));
type Json = Record<string, any>;

let plain: RunningServer;
let configured: RunningServer;
let esp: RunningServer;

beforeAll(async () => {
  assertBuilt();
  const dir = tempProject({
    'graylint.config.yaml': [
      'rules:',
      '  can-spam/missing-ad-label: off',
      'streams:',
      '  transactional: ["templates/receipts/**"]',
      '  marketing: ["templates/campaigns/**"]',
      '',
    ].join('\n'),
  });
  const config = loadConfig({ cwd: dir, packs });
  const common = { port: 0, workers: 1, workerUrl: DIST_WORKER, log: () => undefined };
  [plain, configured, esp] = await Promise.all([startServer(common), startServer({ ...common, config }), startServer({ ...common, esp: 'postmark' })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([plain?.close(), configured?.close(), esp?.close()]);
});

async function post(server: RunningServer, body: Uint8Array | string, contentType: string, query = '', headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/v1/check${query}`, { method: 'POST', headers: { 'Content-Type': contentType, ...headers }, body: body as BodyInit });
  const text = await res.text();
  return { status: res.status, json: () => JSON.parse(text) as Json, text };
}

const ruleIds = (r: Json) => (r['findings'] as Json[]).map((f) => f['ruleId'] as string);

describe('serve with a config', () => {
  it('applies its rule severities to every request', async () => {
    const before = (await post(plain, RECEIPT_HTML, 'text/html')).json();
    const after = (await post(configured, RECEIPT_HTML, 'text/html')).json();
    expect(ruleIds(before)).toContain('can-spam/missing-ad-label');
    expect(ruleIds(after)).not.toContain('can-spam/missing-ad-label');
    expect(after['verdicts']).toEqual(before['verdicts']);
  });

  it('checks a request named by ?file= against the stream its template is declared on', async () => {
    // A hybrid receipt declared transactional: the stream mismatch is reported, as by graylint check.
    const declared = await post(configured, RECEIPT_HTML, 'text/html', '?file=templates/receipts/order.html');
    expect(declared.status).toBe(200);
    expect(declared.json()['file']).toBe('templates/receipts/order.html');
    expect(ruleIds(declared.json())).toContain('stream/mismatch');
    // Declared marketing, where a hybrid message belongs: no mismatch.
    const campaign = await post(configured, RECEIPT_HTML, 'text/html', '', { 'X-Graylint-File': 'templates/campaigns/spring.html' });
    expect(ruleIds(campaign.json())).not.toContain('stream/mismatch');
    // Not named: the request's own name matches no stream glob.
    expect(ruleIds((await post(configured, RECEIPT_HTML, 'text/html')).json())).not.toContain('stream/mismatch');
  });

  it('refuses a file name with control characters (400, one line)', async () => {
    const r = await post(configured, RECEIPT_HTML, 'text/html', `?file=${encodeURIComponent('a\nb.html')}`);
    expect(r.status).toBe(400);
    expect(r.json()['error']).toMatch(/file must be a path/);
    expect(r.text.trim().split('\n')).toHaveLength(1);
  });
});

describe('serve --esp', () => {
  const payload = readFileSync(join(FIXTURES, 'esp/postmark-receipt-with-coupon.json'));

  it('reads JSON bodies as the ESP API request and reports its route', async () => {
    const r = await post(esp, payload, 'application/json');
    expect(r.status).toBe(200);
    const json = r.json();
    expect(json['routing']['esp']).toBe('postmark');
    expect(json['category']).toBeDefined();
    // Without --esp the same body is not graylint's own JSON shape.
    expect((await post(plain, payload, 'application/json')).status).toBe(400);
  });

  it('answers 400 for a body that is not JSON and 422 for JSON that is no API request', async () => {
    expect((await post(esp, '{not json', 'application/json')).status).toBe(400);
    const r = await post(esp, '{"Foo": 1}', 'application/json');
    expect(r.status).toBe(422);
    expect(r.json()['error']).toBeDefined();
  });

  it('still takes raw messages and templates', async () => {
    expect((await post(esp, RECEIPT_HTML, 'text/html')).status).toBe(200);
  });
});

describe('loopback service: only programs on this machine', () => {
  const raw = (server: RunningServer, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'text/html', ...headers } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(RECEIPT_HTML);
    });

  it('refuses web pages (Origin) and other host names (DNS rebinding) with 403 and one line', async () => {
    const fromPage = await raw(plain, { Origin: 'https://evil.example' });
    expect(fromPage.status).toBe(403);
    expect(JSON.parse(fromPage.body)['error']).toMatch(/web pages/);
    expect(fromPage.body.trim().split('\n')).toHaveLength(1);
    const rebound = await raw(plain, { Host: `evil.example:${plain.port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)['error']).toMatch(/Host header/);
  });

  it('answers localhost, 127.0.0.1 and [::1] host names', async () => {
    for (const host of [`localhost:${plain.port}`, `127.0.0.1:${plain.port}`, `[::1]:${plain.port}`, 'localhost']) {
      expect((await raw(plain, { Host: host })).status, host).toBe(200);
    }
  });
});

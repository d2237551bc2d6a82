import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { loadPacks } from '../../src/packs/load.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { FIXTURES } from '../helpers.js';
import { assertBuilt, DIST_WORKER } from './helpers.js';

/**
 * Issue 17 item 2: the service takes the laws per request (`?jurisdictions=` or
 * X-Graylint-Jurisdictions), as `--jurisdictions` does on the command line; by default it applies
 * the three laws plus `auto`.
 */
const packs = loadPacks();
const HE_DIR = join(FIXTURES, 'jurisdictions/israel');
const HEBREW_PROMO = readFileSync(join(HE_DIR, 'receipt-referral.he.html'));

let server: RunningServer;
let plain: RunningServer;

beforeAll(async () => {
  assertBuilt();
  const configFor = (jurisdictions?: string[]) => loadConfig({ cwd: FIXTURES, packs, ...(jurisdictions ? { jurisdictions } : {}) });
  server = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, log: () => {}, config: configFor(), configFor });
  plain = await startServer({ port: 0, workers: 1, workerUrl: DIST_WORKER, log: () => {} });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await plain?.close();
});

async function check(s: RunningServer, query = '', headers: Record<string, string> = {}) {
  const res = await fetch(`${s.url}/v1/check${query}`, { method: 'POST', headers: { 'Content-Type': 'text/html', ...headers }, body: HEBREW_PROMO });
  return { status: res.status, body: (await res.json()) as { verdicts?: Record<string, unknown>; stream?: string; error?: { message: string } } };
}

describe('jurisdictions per request', () => {
  it('by default: the three laws, plus Israel because the message is in Hebrew (auto)', async () => {
    const r = await check(server);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.verdicts ?? {}).sort()).toEqual(['can-spam', 'casl', 'gdpr', 'israel']);
  });

  it('?jurisdictions=il: Israel alone', async () => {
    const r = await check(server, '?jurisdictions=il');
    expect(Object.keys(r.body.verdicts ?? {})).toEqual(['israel']);
  });

  it('X-Graylint-Jurisdictions: us,ca: those two, and no local law', async () => {
    const r = await check(server, '', { 'X-Graylint-Jurisdictions': 'us,ca' });
    expect(Object.keys(r.body.verdicts ?? {}).sort()).toEqual(['can-spam', 'casl']);
  });

  it('an unknown code is a 400 naming it', async () => {
    const r = await check(server, '?jurisdictions=us,xx');
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/xx/);
  });

  it('a malformed list is a 400', async () => {
    const r = await check(server, `?jurisdictions=${encodeURIComponent('us;rm -rf')}`);
    expect(r.status).toBe(400);
  });

  it('a service started without a config factory refuses per-request jurisdictions, and still applies auto', async () => {
    expect((await check(plain, '?jurisdictions=il')).status).toBe(400);
    const r = await check(plain);
    expect(Object.keys(r.body.verdicts ?? {})).toContain('israel');
  });
});

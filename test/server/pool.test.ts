import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, defaultWorkerCount, type Pool } from '../../src/server/pool.js';
import { contractJson } from '../../src/server/request.js';
import { assertBuilt, DIST_WORKER, GRAY } from './helpers.js';

let pool: Pool;

beforeAll(async () => {
  assertBuilt();
  pool = createPool({ workers: 2, workerUrl: DIST_WORKER });
  await pool.ready();
}, 30_000);

afterAll(async () => {
  await pool?.destroy();
});

describe('createPool', () => {
  it('defaults to one worker per available core', () => {
    expect(defaultWorkerCount()).toBeGreaterThanOrEqual(1);
    expect(pool.size).toBe(2);
  });

  it('checks on a worker thread and returns the FileResult', async () => {
    const bytes = new Uint8Array(readFileSync(join(GRAY, 'receipt-with-referral.eml')));
    const r = await pool.check({ file: 'receipt.eml', bytes, kind: 'eml' });
    expect(r.file).toBe('receipt.eml');
    expect(r.category).toBe('hybrid');
    expect(r.verdicts?.casl.class).toBe('cem');
    // A buffer of its own is transferred, not copied.
    expect(bytes.byteLength).toBe(0);
  });

  it('copies a view into a shared buffer instead of detaching it', async () => {
    const small = Buffer.from('<p>Your password was changed.</p>'); // a slice of Buffer's shared pool
    const r = await pool.check({ file: 'note.html', bytes: small, kind: 'template', subject: 'Password changed' });
    expect(r.subject).toBe('Password changed');
    expect(r.category).toBe('transactional');
    expect(small.toString()).toBe('<p>Your password was changed.</p>');
  });

  it('checkAndAnswer: the answer made on the thread, its body bytes transferred back', async () => {
    const bytes = new Uint8Array(readFileSync(join(GRAY, 'receipt-with-referral.eml')));
    const expected = contractJson(await pool.check({ file: 'receipt.eml', bytes: bytes.slice(), kind: 'eml' }));
    const a = await pool.checkAndAnswer({ file: 'receipt.eml', bytes, kind: 'eml' });
    expect(a.status).toBe(200);
    expect(new TextDecoder().decode(a.body)).toBe(expected);
    expect(a.verdicts).toContainEqual(['casl', 'cem']);
    expect(bytes.byteLength).toBe(0);
  });

  it('answers every task of a burst larger than the threads hold, each as if checked alone', async () => {
    const names = ['receipt-with-referral.eml', 'abandoned-cart.de.eml', 'account-alert-upgrade.de.eml'];
    const alone = await Promise.all(names.map(async (n) => contractJson(await pool.check({ file: n, bytes: new Uint8Array(readFileSync(join(GRAY, n))), kind: 'eml' }))));
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => pool.checkAndAnswer({ file: names[i % 3]!, bytes: new Uint8Array(readFileSync(join(GRAY, names[i % 3]!))), kind: 'eml' })),
    );
    burst.forEach((a, i) => expect(new TextDecoder().decode(a.body)).toBe(alone[i % 3]));
  });

  it('reports unreadable input as a result with error', async () => {
    const r = await pool.check({ file: 'empty.eml', bytes: new Uint8Array(0) });
    expect(r.error).toEqual({ code: 'unreadable', message: 'file is empty' });
  });

  it('fails ready() when the worker module cannot load', async () => {
    const broken = createPool({ workers: 1, workerUrl: new URL('./no-such-worker.js', DIST_WORKER) });
    await expect(broken.ready()).rejects.toThrow();
    await broken.destroy();
  });
});

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, GRAY, metric, openRaw, waitFor } from './helpers.js';

// runServe in a child process (from dist/, as the CLI runs it): SIGTERM/SIGINT drain, then exit 0.
const CHILD = fileURLToPath(new URL('./serve-child.mjs', import.meta.url));
const RECEIPT = readFileSync(join(GRAY, 'receipt-with-referral.eml'));

function startChild() {
  const child = spawn(process.execPath, [CHILD], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = (async () => {
    await waitFor(() => stdout.includes('\n') || child.exitCode !== null, 20_000);
    const line = stdout.split('\n')[0]!;
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(line)) throw new Error(`child did not start: ${stderr}`);
    return line;
  })();
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return { child, url, exited, stderr: () => stderr, kill };
}

beforeAll(() => assertBuilt());

describe('runServe', () => {
  it('logs where it listens, answers, and exits 0 on SIGTERM', async () => {
    const c = startChild();
    try {
      const url = await c.url;
      expect(c.stderr()).toMatch(/^graylint: listening on http:\/\/127\.0\.0\.1:\d+ \(1 worker\)$/m);
      const res = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'message/rfc822' }, body: RECEIPT });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { category: string }).category).toBe('hybrid');
      c.child.kill('SIGTERM');
      expect(await c.exited).toEqual({ code: 0, signal: null });
    } finally {
      c.kill();
    }
  }, 30_000);

  it('on SIGINT lets an in-flight request finish before exiting 0', async () => {
    const c = startChild();
    try {
      const url = await c.url;
      const port = Number(new URL(url).port);
      const conn = await openRaw(port);
      await conn.write(`POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: message/rfc822\r\nContent-Length: ${RECEIPT.length}\r\n\r\n`);
      await conn.write(RECEIPT.subarray(0, 500));
      await waitFor(async () => metric(await (await fetch(`${url}/metrics`)).text(), 'graylint_inflight_requests') >= 2);
      c.child.kill('SIGINT');
      await waitFor(() => /SIGINT/.test(c.stderr()));
      await conn.write(RECEIPT.subarray(500));
      const text = await conn.response(10_000);
      expect(text).toMatch(/^HTTP\/1\.1 200 /);
      expect(await c.exited).toEqual({ code: 0, signal: null });
    } finally {
      c.kill();
    }
  }, 30_000);
});

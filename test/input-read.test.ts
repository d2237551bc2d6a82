/**
 * The one reader of input files (src/input/read.ts): it opens first and checks what it opened, so
 * a named pipe is refused at once instead of waiting for a writer, and every refusal is one line.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, readInputFile } from '../src/input/index.js';

const dir = mkdtempSync(join(tmpdir(), 'graylint-read-'));

async function refusal(path: string, maxBytes?: number): Promise<{ code: string; message: string }> {
  try {
    await readInputFile(path, maxBytes);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return { code: (err as InputError).code, message: (err as InputError).message };
  }
  throw new Error(`${path} was read`);
}

describe('readInputFile', () => {
  it('returns the file\'s bytes, all of them', async () => {
    const bytes = Buffer.from('Subject: Ihre Bestellung\r\n\r\nGrüße, Ümlaut und 1 000 Zeilen\r\n'.repeat(1000), 'utf8');
    writeFileSync(join(dir, 'order.eml'), bytes);
    expect((await readInputFile(join(dir, 'order.eml'))).equals(bytes)).toBe(true);
  });

  it('refuses a file over the cap by its size, before reading it', async () => {
    writeFileSync(join(dir, 'big.html'), 'x'.repeat(2048));
    expect(await refusal(join(dir, 'big.html'), 1024)).toEqual({ code: 'too-large', message: '2.0 kB exceeds the 1.0 kB input limit (limits.maxInputBytes)' });
    expect((await readInputFile(join(dir, 'big.html'), 2048)).length).toBe(2048);
  });

  it('names a missing file, a folder and a file that is not text', async () => {
    expect(await refusal(join(dir, 'missing.html'))).toEqual({ code: 'unreadable', message: 'no such file' });
    mkdirSync(join(dir, 'folder.html'));
    expect(await refusal(join(dir, 'folder.html'))).toEqual({ code: 'unsupported', message: 'is a directory' });
    writeFileSync(join(dir, 'empty.txt'), ' \n\t\n');
    expect(await refusal(join(dir, 'empty.txt'))).toEqual({ code: 'unreadable', message: 'file is empty' });
    writeFileSync(join(dir, 'logo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(await refusal(join(dir, 'logo.html'))).toEqual({ code: 'unsupported', message: 'binary file (PNG image), not an email or template' });
  });

  it('names a socket for what it is, though it cannot be opened', async (ctx) => {
    if (process.platform === 'win32') return ctx.skip();
    const path = join(dir, 'socket.html');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expect(await refusal(path)).toEqual({ code: 'unsupported', message: 'not a regular file' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a named pipe at once, with no writer on the other end', async (ctx) => {
    const fifo = join(dir, 'pipe.html');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return ctx.skip(); // no mkfifo here (Windows)
    const started = Date.now();
    expect(await refusal(fifo)).toEqual({ code: 'unsupported', message: 'not a regular file' });
    // Opening it without O_NONBLOCK would block this thread for good, not for a second.
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

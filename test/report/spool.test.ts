import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Spool } from '../../src/report/spool.js';

function whole(spool: Spool): Buffer {
  return Buffer.concat([...spool.chunks()]);
}

const made: string[] = [];
/** A fresh folder for the temporary files, removed after the test. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-spool-test-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Spool: text kept now, read back in order later', () => {
  it('keeps a small body in memory and hands it back as appended', () => {
    const dir = tempDir();
    const spool = new Spool({ memoryBytes: 1024, dir });
    spool.append('<p>één</p>\n');
    spool.append(Buffer.from('two\n'));
    spool.append('');
    expect(spool.onDisk).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(whole(spool).toString('utf8')).toBe('<p>één</p>\ntwo\n');
    expect(spool.size).toBe(Buffer.byteLength('<p>één</p>\ntwo\n'));
  });

  it('moves to a temporary file past its memory budget, reads it back byte for byte, and removes it on dispose', () => {
    const dir = tempDir();
    const spool = new Spool({ memoryBytes: 100, dir });
    // Multi-byte characters straddle the 1 MiB read pieces: the bytes must come back unchanged.
    const pieces = Array.from({ length: 300 }, (_, i) => `<section id="file-${i + 1}">${'ü€😀'.repeat(1000 + i)}</section>\n`);
    for (const p of pieces) spool.append(p);
    expect(spool.onDisk).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    const expected = Buffer.from(pieces.join(''));
    expect(spool.size).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(whole(spool).equals(expected)).toBe(true);
    // Read twice: reading does not consume it.
    expect(whole(spool).equals(expected)).toBe(true);
    const folder = join(dir, readdirSync(dir)[0]!);
    spool.dispose();
    expect(existsSync(folder)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect([...spool.chunks()]).toEqual([]);
  });

  it('keeps what came before the move, in order', () => {
    const dir = tempDir();
    const spool = new Spool({ memoryBytes: 10, dir });
    spool.append('12345');
    spool.append('67890');
    expect(spool.onDisk).toBe(false);
    spool.append('abc');
    expect(spool.onDisk).toBe(true);
    expect(whole(spool).toString()).toBe('1234567890abc');
    spool.dispose();
  });
});

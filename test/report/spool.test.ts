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
    const spool = new Spool({ memoryBytes: 10, blockBytes: 5, dir });
    spool.append('12345');
    spool.append('67890');
    expect(spool.onDisk).toBe(false);
    spool.append('abc');
    spool.append('de');
    // Two full blocks (10 bytes) kept; the third goes past the budget when the next piece starts a block.
    expect(spool.onDisk).toBe(false);
    spool.append('f');
    expect(spool.onDisk).toBe(true);
    expect(whole(spool).toString()).toBe('1234567890abcdef');
    spool.dispose();
  });

  it('gathers many small pieces into a few blocks of its own, not one buffer per piece', () => {
    const spool = new Spool();
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr data-file="c${i}.eml"><td>${'é'.repeat(300)}</td></tr>\n`);
    for (const row of rows) spool.append(row);
    expect(spool.onDisk).toBe(false);
    const pieces = [...spool.chunks()];
    // ~6.2 MB in 64 KiB blocks: about a hundred pieces, each in memory of its own (not a shared pool slab).
    expect(pieces.length).toBeLessThan(150);
    expect(pieces.slice(0, -1).every((p) => p.buffer.byteLength === 64 * 1024)).toBe(true);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(rows.join(''));
  });

  it('keeps a piece larger than a block whole, between the blocks around it', () => {
    const spool = new Spool({ blockBytes: 8 });
    for (const piece of ['ab', 'x'.repeat(20), 'cd', Buffer.from('€€€€€'), 'e']) spool.append(piece);
    expect(whole(spool).toString()).toBe(`ab${'x'.repeat(20)}cd€€€€€e`);
    expect(spool.size).toBe(2 + 20 + 2 + 15 + 1);
  });
});

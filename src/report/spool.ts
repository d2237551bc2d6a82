import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes a spool keeps in memory before it moves them to a file. */
export const SPOOL_MEMORY_BYTES = 8 * 1024 * 1024;
/** How much of a spooled file is read back at a time. */
const READ_BYTES = 1024 * 1024;

export interface SpoolOptions {
  /** Kept in memory up to this many bytes; past it, everything goes to a temporary file (default SPOOL_MEMORY_BYTES). */
  memoryBytes?: number;
  /** Where the temporary file's folder is made (default os.tmpdir()). */
  dir?: string;
}

/**
 * Text written now and read back once, in order, later: a report whose head needs totals that
 * only the last result settles keeps its body here. A small body stays in memory; a large one
 * goes to a file in a folder of its own under the temporary directory, so memory does not grow
 * with the batch. `dispose` removes the file; reading to the end does not.
 */
export class Spool {
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private fd: number | null = null;
  private folder: string | null = null;
  private written = 0;
  private readonly memoryBytes: number;

  constructor(private readonly opts: SpoolOptions = {}) {
    this.memoryBytes = opts.memoryBytes ?? SPOOL_MEMORY_BYTES;
  }

  /** Bytes appended so far. */
  get size(): number {
    return this.keptBytes + this.written;
  }

  /** Whether the bytes are in a file rather than in memory. */
  get onDisk(): boolean {
    return this.fd !== null;
  }

  append(text: string | Buffer): void {
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    if (bytes.length === 0) return;
    if (this.fd === null && this.keptBytes + bytes.length <= this.memoryBytes) {
      this.kept.push(bytes);
      this.keptBytes += bytes.length;
      return;
    }
    if (this.fd === null) this.moveToFile();
    this.writeAll(bytes);
  }

  /** Everything appended, in order, in pieces (no piece is reused, so each may be queued for writing). */
  *chunks(): Generator<Buffer> {
    yield* this.kept;
    if (this.fd === null) return;
    let at = 0;
    while (at < this.written) {
      const piece = Buffer.allocUnsafe(Math.min(READ_BYTES, this.written - at));
      let filled = 0;
      while (filled < piece.length) {
        const n = readSync(this.fd, piece, filled, piece.length - filled, at + filled);
        if (n === 0) throw new Error('spool file ended early');
        filled += n;
      }
      at += filled;
      yield piece;
    }
  }

  /** Closes and removes the temporary file, if any, and forgets what was kept. */
  dispose(): void {
    this.kept = [];
    this.keptBytes = 0;
    if (this.fd !== null) closeSync(this.fd);
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.fd = null;
    this.folder = null;
    this.written = 0;
  }

  private moveToFile(): void {
    this.folder = mkdtempSync(join(this.opts.dir ?? tmpdir(), 'graylint-spool-'));
    this.fd = openSync(join(this.folder, 'spool'), 'w+', 0o600);
    for (const b of this.kept) this.writeAll(b);
    this.kept = [];
    this.keptBytes = 0;
  }

  private writeAll(bytes: Buffer): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd!, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
  }
}

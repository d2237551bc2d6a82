import type { FileResult } from '../types.js';

/**
 * Batch runs: check many inputs with a bounded number in flight and hand results on in input
 * order as soon as they are ready, so output can stream (--format ndjson) and memory stays flat
 * however many messages there are.
 */
export async function* inOrder<T>(items: Iterable<T>, concurrency: number, work: (item: T) => Promise<FileResult | null>): AsyncGenerator<FileResult> {
  const window: Array<Promise<FileResult | null>> = [];
  const it = items[Symbol.iterator]();
  let done = false;
  const fill = () => {
    while (!done && window.length < Math.max(1, concurrency)) {
      const next = it.next();
      if (next.done) done = true;
      else window.push(work(next.value));
    }
  };
  fill();
  while (window.length) {
    const r = await window.shift()!;
    fill();
    if (r) yield r;
  }
}

/** A one-line progress indicator on stderr, only for a terminal and only once a run is slow. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const width = 30;
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    const rate = done / ((now - this.started) / 1000);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} · ${rate.toFixed(0)}/s `);
  }

  finish(): void {
    if (this.drawn) process.stderr.write('\r\u001b[2K');
  }
}

// A pool of worker threads that each hold one Checker (worker.ts), built on piscina.
// The pipeline is CPU-bound (HTML parsing, lexicon matching), so a server that checked on its
// own thread would answer one request at a time; the pool spreads them over the cores.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { FileResult } from '../types.js';
import type { AnswerRequest, CheckRequest, PlacedResult } from './worker.js';
import type { CheckAnswer } from './answer.js';

export type { AnswerRequest, CheckRequest, PlacedResult } from './worker.js';
export type { CheckAnswer } from './answer.js';

export interface PoolOptions {
  /** Number of worker threads; default os.availableParallelism(). */
  workers?: number;
  /**
   * The compiled worker module. Default: ./worker.js next to this module, which is right for the
   * built package (dist/server/). Code running from TypeScript source (vitest) passes the built
   * dist/server/worker.js here, because worker threads cannot load .ts files.
   */
  workerUrl?: URL | string;
  /** Tasks that may wait in the queue (past the next one each thread holds) before check() rejects with PoolBusyError; default unbounded. */
  maxQueue?: number;
  /** Called with errors that belong to no task (a worker thread that died between tasks). */
  onError?: (err: Error) => void;
  /** Folders of packs to load beside the bundled ones (`--packs`), in every thread. */
  packDirs?: readonly string[];
}

export interface Pool {
  /**
   * Checks one input on a worker thread. When `bytes` is the whole of a plain ArrayBuffer, that
   * buffer is transferred to the worker and is detached (empty) afterwards in the caller; a view
   * into a larger or shared buffer (e.g. a small pooled Buffer) is copied first.
   */
  check(req: CheckRequest): Promise<FileResult>;
  /**
   * As check, answered on the worker: the service's response body as bytes, its status and what
   * the metrics count (answer.ts), so the calling thread does no per-result work.
   */
  checkAndAnswer(req: AnswerRequest): Promise<CheckAnswer>;
  /** As check, and also the message placed for drawing (`serve --ui`), from the same check. */
  checkAndPlace(req: CheckRequest): Promise<PlacedResult>;
  /** Waits until a worker has loaded the checker; rejects when the worker module cannot start. */
  ready(): Promise<void>;
  /** Stops every worker; tasks still queued or running reject. */
  destroy(): Promise<void>;
  /** Number of worker threads. */
  size: number;
  /** Tasks waiting for a free worker. */
  readonly queueSize: number;
}

/** check() was refused because maxQueue tasks are already waiting. */
export class PoolBusyError extends Error {
  constructor() {
    super('all workers are busy and the queue is full');
    this.name = 'PoolBusyError';
  }
}

/** piscina's errors for a full queue (its Errors.TaskQueueAtLimit and Errors.NoTaskQueueAvailable). */
const BUSY_MESSAGES = new Set(['Task queue is at limit', 'No task queue available and all Workers are busy']);

/**
 * Tasks a thread holds at once: the one it checks and the next one, which it starts as soon as the
 * first ends (worker.ts runs them one at a time). With one, a thread that finished waited, idle,
 * for the main thread to take its result and pass it the next queued task: under a burst that
 * hand-off cost 2–5 ms per task on this 2-core machine. Only one task may wait behind a long check
 * on a thread while another thread is free; the rest stay in the pool's queue.
 */
const TASKS_PER_WORKER = 2;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

export function createPool(opts: PoolOptions = {}): Pool {
  const size = Math.max(1, Math.floor(opts.workers ?? defaultWorkerCount()));
  const url = opts.workerUrl ?? new URL('../server/worker.js', import.meta.url);
  const maxQueue = opts.maxQueue ?? Infinity;
  const piscina = new Piscina<CheckRequest, unknown>({
    filename: url instanceof URL ? url.href : url,
    // All threads start at once and stay: each builds its Checker at start-up, not on a request.
    minThreads: size,
    maxThreads: size,
    idleTimeout: Infinity,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    maxQueue,
    workerData: { packDirs: [...(opts.packDirs ?? [])] },
  });
  // Without a listener an 'error' event would throw; tasks that fail reject on their own.
  piscina.on('error', (err: unknown) => opts.onError?.(err instanceof Error ? err : new Error(String(err))));

  let destroyed: Promise<void> | null = null;

  const run = async <T>(req: CheckRequest, name?: string): Promise<T> => {
    let bytes = req.bytes;
    const ownsBuffer = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    if (!ownsBuffer) bytes = new Uint8Array(bytes); // a copy with its own ArrayBuffer
    const task: CheckRequest = { ...req, bytes };
    try {
      return (await piscina.run(task, { transferList: [bytes.buffer as ArrayBuffer], ...(name ? { name } : {}) })) as T;
    } catch (err) {
      if (err instanceof Error && BUSY_MESSAGES.has(err.message)) throw new PoolBusyError();
      throw err;
    }
  };

  return {
    check: (req) => run<FileResult>(req),
    checkAndAnswer: (req) => run<CheckAnswer>(req, 'checkAndAnswer'),
    checkAndPlace: (req) => run<PlacedResult>(req, 'checkAndPlace'),
    ready: async () => {
      await piscina.run(undefined as unknown as CheckRequest, { name: 'ping' });
    },
    destroy: () => (destroyed ??= piscina.destroy()),
    size,
    get queueSize() {
      return piscina.queueSize;
    },
  };
}

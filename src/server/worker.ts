// Worker-thread side of the pool (see pool.ts): one Checker per thread, created when the thread
// starts, so compiled packs and lexicons are loaded once and every task only runs the pipeline.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { createChecker, type CheckOptions } from '../check.js';
import { loadPackSet } from '../packs/load.js';
import type { FileResult } from '../types.js';
import type { PlacedFile } from '../placement/index.js';
import { answerOf, type CheckAnswer } from './answer.js';
import { OneAtATime } from './one-at-a-time.js';
import type { LineShift } from './request.js';

export interface CheckRequest {
  /** Name reported in the result; its extension also guides input detection, as for a file on disk. */
  file: string;
  /** The raw bytes. The pool transfers their ArrayBuffer to the worker (no copy). */
  bytes: Uint8Array;
  /** Subject to use instead of the one found in the input. */
  subject?: string;
  /** Force the input kind instead of detecting it. */
  kind?: 'eml' | 'template';
  /** Further check options (plain data: settings from the config, --explain…), for batch runs. */
  options?: Omit<CheckOptions, 'subject' | 'kind'>;
}

// The same packs as the process that started the pool: the bundled ones and any `--packs` folders.
const packDirs = (workerData as { packDirs?: string[] } | null)?.packDirs ?? [];
const checker = createChecker({ packs: loadPackSet(packDirs) });

// The first check in a thread costs far more than the next ones (lazy initialisation, cold code),
// so each thread pays it at start-up rather than on a caller's request.
const WARM_UP = [
  'From: Shop <orders@shop.example>',
  'To: you@example.com',
  'Subject: Your order #1001 has shipped',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><h1>Your order has shipped</h1><p>Order #1001: 1 item, total $12.00. Track it here:',
  '<a href="https://shop.example/track">track your parcel</a>.</p>',
  '<p>Get 20% off your next order with code THANKS20. <a href="https://shop.example/sale">Shop now</a></p>',
  '<p><a href="https://shop.example/unsubscribe">Unsubscribe</a> · Shop Inc., 1 Main St, Springfield</p>',
  '</body></html>',
  '',
].join('\r\n');
try {
  await checker.checkBuffer('warm-up.eml', Buffer.from(WARM_UP), { kind: 'eml' });
} catch {
  // Only a warm-up: a real failure shows on the first real task.
}

/** This thread's tasks, run one at a time (the pool may hand over the next before one ends). */
const queue = new OneAtATime();

/** The pool's task: one message or template → its FileResult. */
export default function check(req: CheckRequest): Promise<FileResult> {
  return queue.run(() => checker.checkBuffer(req.file, bytesOf(req), optionsOf(req)));
}

/**
 * The same check, and the message placed for drawing (blocks, promotions, core, cut-off: what the
 * HTML report draws), from the stages of that one check: for the live page of `serve --ui`, which
 * draws it once the config has applied to the result. Placement is loaded on the first such task.
 */
export function checkAndPlace(req: CheckRequest): Promise<PlacedResult> {
  return queue.run(async () => {
    const { result, stages } = await checker.checkBufferWithStages(req.file, bytesOf(req), optionsOf(req));
    const { placeStages } = await import('../placement/index.js');
    return { result, placed: placeStages(result, stages, { packs: checker.packs }) };
  });
}

/** A check whose answer is made here (answer.ts): for the service's plain requests. */
export interface AnswerRequest extends CheckRequest {
  /** Lines the request inserted into the input (the JSON body's `from`), taken back out of locations. */
  shift?: LineShift;
}

/**
 * The same check, answered: the HTTP response body as bytes (transferred to the main thread, not
 * copied) with the status and the facts the metrics count.
 */
export function checkAndAnswer(req: AnswerRequest): Promise<CheckAnswer> {
  return queue.run(async () => {
    const answer = answerOf(await checker.checkBuffer(req.file, bytesOf(req), optionsOf(req)), req.shift);
    const transferable = { [transferableSymbol]: [answer.body.buffer], [valueSymbol]: answer };
    return move(transferable) as unknown as CheckAnswer;
  });
}

export interface PlacedResult {
  result: FileResult;
  placed: PlacedFile;
}

function bytesOf(req: CheckRequest): Buffer {
  return Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength);
}

function optionsOf(req: CheckRequest): CheckOptions {
  return {
    ...(req.options ?? {}),
    ...(req.subject !== undefined ? { subject: req.subject } : {}),
    ...(req.kind !== undefined ? { kind: req.kind } : {}),
  };
}

/** A no-op task: resolves once a worker has loaded this module (and so built its Checker). */
export function ping(): true {
  return true;
}

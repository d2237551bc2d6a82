// The HTTP answer to a plain POST /v1/check (no config to apply, no drawing), made on the worker
// thread that ran the check: the response body as bytes, plus the few facts the main thread still
// needs for the status line and the metrics. The main thread then only routes bytes: it neither
// structured-clones the whole FileResult nor spends JSON work on every request, which under a
// burst was CPU taken from the checks queued behind it.
import type { FileResult, Law } from '../types.js';
import { contractJson, unshiftResult, type LineShift } from './request.js';

export interface CheckAnswer {
  /** 200 checked; 422 the input itself is unreadable (the body still is the result object). */
  status: 200 | 422;
  /** The response body: the contract's result object, one line of JSON and a newline (UTF-8). */
  body: Uint8Array;
  /** The result's error code (with 422), for graylint_errors_total. */
  errorCode?: string;
  /** Each law's verdict class (with 200), for graylint_verdicts_total. */
  verdicts: Array<[Law, string]>;
}

/** The answer for a result; `shift` takes the lines the request inserted (the JSON `from`) back out. */
export function answerOf(result: FileResult, shift?: LineShift): CheckAnswer {
  const shown = shift ? unshiftResult(result, shift) : result;
  // TextEncoder gives the bytes an ArrayBuffer of their own (Buffer.from would slice a shared
  // pool), so the worker can transfer them instead of copying.
  const body = new TextEncoder().encode(contractJson(shown));
  if (shown.error) return { status: 422, body, errorCode: shown.error.code, verdicts: [] };
  const verdicts = Object.entries(shown.verdicts ?? {}).map(([law, v]) => [law as Law, v.class] as [Law, string]);
  return { status: 200, body, verdicts };
}

// A stand-in worker module for http.test.ts: starts fine, then fails every check, so the
// server's internal-error path (500, one log line, no stack trace) can be tested.
export default function check() {
  throw new Error('boom: the pipeline fell over\n    at secret (/internal/path.js:1:1)');
}

/** The task plain requests use (worker.ts answers them on the thread): fails the same way. */
export function checkAndAnswer() {
  return check();
}

export function ping() {
  return true;
}

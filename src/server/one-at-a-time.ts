// The worker thread's queue: tasks run one after another, in the order they arrived.
//
// The pool hands each thread its next task while it is still checking the current one (pool.ts,
// TASKS_PER_WORKER), so that a thread never sits idle waiting for the main thread to pass the next
// task over. Two checks on one thread must not interleave at their awaits, though: both would
// finish late, where one after the other the first answers as soon as it is done.

/** Runs each given task after the ones given before it have settled. */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    // The next task starts two promise reactions after this one settles: code awaiting this
    // result directly (piscina posting it to the main thread) runs first.
    const result = this.tail.then(task);
    // The next task waits for this one, whether it succeeds or fails.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

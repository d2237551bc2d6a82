import { describe, expect, it } from 'vitest';
import { OneAtATime } from '../../src/server/one-at-a-time.js';

/** A task that records when it starts and ends, yielding to the event loop in between. */
function task(name: string, log: string[], fail = false): () => Promise<string> {
  return async () => {
    log.push(`${name} start`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.resolve();
    log.push(`${name} end`);
    if (fail) throw new Error(`${name} failed`);
    return name;
  };
}

describe('OneAtATime', () => {
  it('runs tasks one after another in the order they were given', async () => {
    const q = new OneAtATime();
    const log: string[] = [];
    const results = await Promise.all([q.run(task('a', log)), q.run(task('b', log)), q.run(task('c', log))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failing task rejects its own caller and does not stop the next', async () => {
    const q = new OneAtATime();
    const log: string[] = [];
    const a = q.run(task('a', log, true));
    const b = q.run(task('b', log));
    await expect(a).rejects.toThrow('a failed');
    await expect(b).resolves.toBe('b');
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('lets what awaits a task’s result run before the next task starts', async () => {
    const q = new OneAtATime();
    const log: string[] = [];
    const first = q.run(async () => 'first');
    void first.then(() => log.push('result of first handled'));
    await q.run(async () => {
      log.push('second starts');
    });
    expect(log).toEqual(['result of first handled', 'second starts']);
  });
});

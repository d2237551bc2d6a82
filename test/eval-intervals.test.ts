import { describe, expect, it } from 'vitest';
import { countBySource, formatInterval, sourceInterval } from '../src/eval/intervals.js';

describe('intervals from resampling whole sources (npm run eval)', () => {
  it('collapses to the figure when every source scores the same', () => {
    const i = sourceInterval([{ hits: 4, n: 5 }, { hits: 8, n: 10 }, { hits: 40, n: 50 }]);
    expect(i!.low).toBeCloseTo(80, 9);
    expect(i!.high).toBeCloseTo(80, 9);
  });

  it('holds the pooled figure and widens when sources disagree, more when one source carries many messages', () => {
    const even = Array.from({ length: 40 }, (_, k) => ({ hits: k % 2 ? 9 : 6, n: 10 }));
    const i = sourceInterval(even)!;
    expect(i.low).toBeLessThan(75);
    expect(i.high).toBeGreaterThan(75);
    // The same 400 messages, but a quarter of them in one source that gets them all wrong.
    const lumpy = [{ hits: 0, n: 100 }, ...Array.from({ length: 30 }, () => ({ hits: 10, n: 10 }))];
    const j = sourceInterval(lumpy)!;
    expect(j.high - j.low).toBeGreaterThan(i.high - i.low);
  });

  it('is the same on every run for the same counts (seeded), and another seed gives another draw', () => {
    const sources = Array.from({ length: 25 }, (_, k) => ({ hits: k % 7, n: 7 }));
    expect(sourceInterval(sources)).toEqual(sourceInterval(sources));
    expect(sourceInterval(sources, { seed: 2 })).not.toEqual(sourceInterval(sources, { seed: 1 }));
  });

  it('groups items by source in a fixed order, whatever order they come in', () => {
    const items = [{ r: 'b', ok: true }, { r: 'a', ok: false }, { r: 'b', ok: false }, { r: 'a', ok: true }, { r: 'a', ok: true }];
    expect(countBySource(items, (x) => x.r, (x) => x.ok)).toEqual([{ hits: 2, n: 3 }, { hits: 1, n: 2 }]);
    expect(countBySource([...items].reverse(), (x) => x.r, (x) => x.ok)).toEqual(countBySource(items, (x) => x.r, (x) => x.ok));
  });

  it('scales to a count and says when there is nothing to resample', () => {
    expect(formatInterval(sourceInterval([{ hits: 1, n: 10 }, { hits: 1, n: 10 }], { scale: 20 }), 0)).toBe('2–2');
    expect(formatInterval(sourceInterval([]))).toBe('–');
  });
});

/**
 * How far a corpus figure could move with other sources: a percentile interval from resampling
 * whole sources with replacement (a cluster bootstrap). Messages of one repository share a
 * template engine, a copywriter and often a layout, so they are not independent draws: resampling
 * messages one by one would claim more certainty than the corpus holds.
 */

/** One source's messages: how many, and how many of them count (right answers, costly errors…). */
export interface SourceCount {
  hits: number;
  n: number;
}

export interface Interval {
  low: number;
  high: number;
}

/** Draws per interval: enough for stable 2.5% and 97.5% percentiles at a tenth of a point. */
export const DRAWS = 2000;

/** A small seeded generator (mulberry32): the same corpus gives the same interval on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The central 95% of the share hits/n over DRAWS resamples of the sources; null without a source.
 * `scale` turns the share into the figure printed (100 for a percentage, the corpus size for a count).
 */
export function sourceInterval(sources: SourceCount[], { draws = DRAWS, seed = 1, scale = 100 } = {}): Interval | null {
  if (sources.length === 0) return null;
  const next = generator(seed);
  const shares: number[] = [];
  for (let d = 0; d < draws; d++) {
    let hits = 0;
    let n = 0;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[Math.floor(next() * sources.length)]!;
      hits += s.hits;
      n += s.n;
    }
    shares.push(n ? hits / n : 0);
  }
  shares.sort((a, b) => a - b);
  const at = (q: number) => shares[Math.min(shares.length - 1, Math.max(0, Math.round(q * (shares.length - 1))))]! * scale;
  return { low: at(0.025), high: at(0.975) };
}

/** Per-source counts of the items that pass `hit`, grouped by `source`. */
export function countBySource<T>(items: T[], source: (item: T) => string, hit: (item: T) => boolean): SourceCount[] {
  const by = new Map<string, SourceCount>();
  for (const item of items) {
    const key = source(item);
    const c = by.get(key) ?? { hits: 0, n: 0 };
    c.n++;
    if (hit(item)) c.hits++;
    by.set(key, c);
  }
  // In a fixed order, so that the seeded draws pick the same sources whatever order the items came in.
  return [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, c]) => c);
}

/** "79.3–83.0" (one decimal), or "–" when there is nothing to resample. */
export function formatInterval(i: Interval | null, digits = 1): string {
  return i ? `${i.low.toFixed(digits)}–${i.high.toFixed(digits)}` : '–';
}

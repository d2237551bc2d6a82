import type { FileResult } from '../types.js';
import type { Label } from './corpus.js';

/**
 * What the evaluation compares, shared by the corpus figures (run.ts) and the wording probes
 * (probes.ts): a message's class per labelled law, the category and the stream, and the costly error.
 */
export const DIMENSIONS = ['category', 'can-spam', 'casl', 'gdpr', 'stream'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Prediction = Record<Dimension, string>;
/** The labelled classes a prediction is compared with (a corpus label or a probe's). */
export type Labelled = Pick<Label, 'category' | 'can-spam' | 'casl' | 'gdpr'>;

/** The stream a label implies: transactional only when no law calls the message commercial. */
function labelStream(l: Labelled): string {
  return l['can-spam'] === 'commercial' || l.casl === 'cem' || l.gdpr === 'direct-marketing' ? 'marketing' : 'transactional';
}

export function want(l: Labelled, d: Dimension): string {
  return d === 'stream' ? labelStream(l) : l[d];
}

export function predicted(r: FileResult): Prediction {
  if (r.error) return { category: `error:${r.error.code}`, 'can-spam': 'error', casl: 'error', gdpr: 'error', stream: 'error' };
  return { category: r.category ?? '?', 'can-spam': r.verdicts!['can-spam'].class, casl: r.verdicts!.casl.class, gdpr: r.verdicts!.gdpr.class, stream: r.stream ?? '?' };
}

/** Commercial mail (CASL or EU) that the prediction calls not commercial: the costly error. */
export function costly(l: Labelled, p: Prediction): boolean {
  return (l.casl === 'cem' && p.casl !== 'cem') || (l.gdpr === 'direct-marketing' && p.gdpr !== 'direct-marketing');
}

/**
 * The other direction: mail the label calls non-commercial (under CASL or the EU) called commercial.
 * It costs the sender consent it did not need, not a fine: on fresh mail it is most of the errors.
 */
export function overCautious(l: Labelled, p: Prediction): boolean {
  return (l.casl !== 'cem' && p.casl === 'cem') || (l.gdpr !== 'direct-marketing' && p.gdpr === 'direct-marketing');
}

export const pct = (ok: number, n: number) => (n ? `${((100 * ok) / n).toFixed(1)}%` : '–');

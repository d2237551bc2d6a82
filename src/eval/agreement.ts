/**
 * A second reading of a sample of the corpus: labels written by readers who saw neither the corpus
 * labels nor graylint (eval/agreement/README.md). How often two careful readers agree is the ceiling
 * a verdict can be measured against; graylint's accuracy on the messages where they agree is the
 * part of its error that no disagreement between readers explains.
 */
import { existsSync, readFileSync } from 'node:fs';
import { want, type Dimension, type Labelled, type Prediction } from './measures.js';

/** One message's second reading, keyed in the file by "<corpus>/<id>" (corpus as CorpusEntry.corpus). */
export type SecondReading = Labelled & { confidence: string };

export function readSecondReadings(file: string): Map<string, SecondReading> {
  if (!existsSync(file)) return new Map();
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, SecondReading>;
  return new Map(Object.entries(data));
}

export interface Agreement {
  /** Messages with a second reading. */
  n: number;
  /** Messages where both readings give the same answer. */
  agreed: number;
  /** graylint's answer equals the corpus label, over all n. */
  rightOnAll: number;
  /** graylint's answer equals the label, over the agreed messages only. */
  rightOnAgreed: number;
}

/** Per dimension: how the two readings agree and how graylint fares on all of them and where they agree. */
export function agreement(
  rows: ReadonlyArray<{ label: Labelled; second: Labelled; predicted: Prediction }>,
  d: Dimension,
): Agreement {
  const agreedRows = rows.filter((r) => want(r.label, d) === want(r.second, d));
  return {
    n: rows.length,
    agreed: agreedRows.length,
    rightOnAll: rows.filter((r) => r.predicted[d] === want(r.label, d)).length,
    rightOnAgreed: agreedRows.filter((r) => r.predicted[d] === want(r.label, d)).length,
  };
}

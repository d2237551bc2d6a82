import { readFileSync } from 'node:fs';
import type { ContentModel, Location } from '../types.js';
import { forEachDistinctBucket } from './features.js';
import { linkTargetWords } from '../signals/patterns.js';

/**
 * The learned fallback: a naive Bayes reading of character n-grams, block by block, for wording
 * the lexicons do not list. It is trained at build time by `scripts/train-fallback.mjs` from the
 * labelled corpus (blocks of marketing mail against blocks of transactional mail), shipped as
 * data in models/fallback.json, and never downloads anything. Deterministic: the same text always
 * gets the same score.
 *
 * It does not decide on its own. The packs read it only where the rules recognised neither a
 * transaction nor a promotion (`fallback.notice`, `fallback.promotional`), and --explain shows the
 * score and the block it comes from.
 */
export interface FallbackModel {
  version: 1;
  /** log2 of the number of buckets. */
  bits: number;
  /** Per-bucket log-likelihood ratio (promotional vs transactional block), quantised: value × scale. */
  weights: Int8Array;
  scale: number;
  /** A block's score is bias + Σ weights / (number of n-grams)^lengthPower. */
  bias: number;
  lengthPower: number;
  /** Scores below `noticeBelow` read as a notice; at or above `promotionalAtOrAbove`, as promotion. */
  thresholds: { noticeBelow: number; promotionalAtOrAbove: number };
  /** What it was trained on, for --explain and the docs. */
  trainedOn: { messages: number; sources: number; blocks: number };
}

/** One piece of text the fallback reads: a body block (with where its links go) or the subject. */
export interface FallbackUnit {
  text: string;
  location: Location;
}

export interface FallbackReading {
  /** The highest block score in the message, or null when nothing was long enough to read. */
  score: number | null;
  /** The block that scored highest. */
  top: FallbackUnit | null;
}

/** Shortest block text worth reading: below this a block is a label or a greeting. */
const MIN_UNIT_CHARS = 12;

/** The subject and every body block outside the footer and navigation, each with where its links go (linkTargetWords). */
export function fallbackUnits(model: ContentModel): FallbackUnit[] {
  const linkText = new Map<number, string>();
  for (const l of model.links) {
    const path = linkTargetWords(l);
    if (path) linkText.set(l.blockIndex, `${linkText.get(l.blockIndex) ?? ''} ${path}`);
  }
  const units: FallbackUnit[] = [];
  if (model.subject && model.subject.text.trim().length >= MIN_UNIT_CHARS) units.push({ text: model.subject.text, location: model.subject.location });
  for (const b of model.blocks) {
    if (b.inFooter || b.navigation || b.text.trim().length < MIN_UNIT_CHARS) continue;
    const links = linkText.get(b.index);
    units.push({ text: links ? `${b.text} ${links}` : b.text, location: b.location });
  }
  return units;
}

export function scoreUnit(model: FallbackModel, text: string): number {
  // The sum over the text's distinct buckets, as featureBuckets gives them, without building them.
  let sum = 0;
  const n = forEachDistinctBucket(text, model.bits, (b) => (sum += model.weights[b]!));
  if (n === 0) return model.bias;
  return model.bias + sum / model.scale / Math.pow(n, model.lengthPower);
}

export function readFallback(model: FallbackModel, units: FallbackUnit[]): FallbackReading {
  let score: number | null = null;
  let top: FallbackUnit | null = null;
  for (const u of units) {
    const s = scoreUnit(model, u.text);
    if (score === null || s > score) {
      score = s;
      top = u;
    }
  }
  return { score, top };
}

interface StoredModel {
  version: 1;
  bits: number;
  weights: string;
  scale: number;
  bias: number;
  lengthPower: number;
  thresholds: FallbackModel['thresholds'];
  trainedOn: FallbackModel['trainedOn'];
}

/** The JSON form: the weights as base64 of the Int8 array. */
export function serialiseModel(m: FallbackModel): string {
  // JSON has no infinities: a threshold that never applies is written as null.
  const finite = (n: number) => (Number.isFinite(n) ? n : null);
  const stored = {
    ...m,
    thresholds: { noticeBelow: finite(m.thresholds.noticeBelow), promotionalAtOrAbove: finite(m.thresholds.promotionalAtOrAbove) },
    weights: Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength).toString('base64'),
  };
  return `${JSON.stringify(stored, null, 1)}\n`;
}

export function parseModel(json: string): FallbackModel {
  const s = JSON.parse(json) as StoredModel;
  if (s.version !== 1 || typeof s.bits !== 'number' || typeof s.weights !== 'string') throw new Error('not a graylint fallback model (version 1)');
  const bytes = Buffer.from(s.weights, 'base64');
  if (bytes.length !== 1 << s.bits) throw new Error(`fallback model: ${bytes.length} weights for ${1 << s.bits} buckets`);
  const t = s.thresholds as { noticeBelow: number | null; promotionalAtOrAbove: number | null };
  const thresholds = { noticeBelow: t.noticeBelow ?? Number.NEGATIVE_INFINITY, promotionalAtOrAbove: t.promotionalAtOrAbove ?? Number.POSITIVE_INFINITY };
  return { ...s, thresholds, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

export const MODEL_URL = new URL('../../models/fallback.json', import.meta.url);

let shipped: FallbackModel | null | undefined;

/**
 * The model shipped in models/fallback.json, read once; null when there is none (then the packs'
 * fallback doubt stays dormant). It decides no class: measured leave-one-source-out, classing mail
 * by it lost accuracy, and its doubt now moves none of the high-confidence costly errors
 * (eval/STATISTICS.md, "The learned fallback").
 */
export function shippedModel(): FallbackModel | null {
  if (shipped === undefined) {
    try {
      shipped = parseModel(readFileSync(MODEL_URL, 'utf8'));
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

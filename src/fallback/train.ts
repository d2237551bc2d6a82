/**
 * Training the learned fallback (build time and evaluation only; never loaded by a check).
 *
 * Naive Bayes over hashed character n-grams of blocks: the blocks of messages labelled marketing
 * are the promotional class, the blocks of messages labelled transactional the other; hybrid
 * messages are left out (which of their blocks promotes is not labelled). Each message weighs the
 * same in total, whatever its length, so one long newsletter does not outweigh ten receipts.
 *
 * Naive Bayes is chosen because its training is counting: a model that leaves out one source is
 * the full counts minus that source's, so leave-one-source-out evaluation, and the thresholds
 * fitted inside each fold, cost little.
 */
import type { FallbackModel } from './model.js';

export interface TrainingMessage {
  id: string;
  /** The repository it comes from: the unit of leave-one-source-out. */
  source: string;
  /** 1 promotional (marketing), 0 transactional, null not used for training (hybrid). */
  label: 0 | 1 | null;
  /** The label says commercial under CASL or the EU (what a costly error gets wrong). */
  commercial: boolean;
  /** Which decision the fallback may change for this message, from the rules' signals. */
  role: 'thin' | 'core-without-promotion' | 'other';
  /** Feature buckets of each unit (fallbackUnits), in order. */
  units: Uint32Array[];
}

export interface TrainOptions {
  bits: number;
  /** Additive smoothing per bucket. */
  alpha: number;
  lengthPower: number;
  /** How many non-costly errors one costly error (commercial read as not) is worth when fitting thresholds. */
  costlyWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 18, alpha: 0.05, lengthPower: 0.5, costlyWeight: 4 };

/** Class counts per bucket, and their totals. */
export interface Counts {
  pos: Float64Array;
  neg: Float64Array;
  posTotal: number;
  negTotal: number;
}

function emptyCounts(bits: number): Counts {
  return { pos: new Float64Array(1 << bits), neg: new Float64Array(1 << bits), posTotal: 0, negTotal: 0 };
}

/**
 * Calls add(bucket, weight) for every n-gram of a labelled message, which weighs 1 in total
 * whatever its length, and returns its class and the weight it adds to that class's total; null
 * for a message not used in training (hybrid, or nothing to read).
 */
function eachCount(m: TrainingMessage, add: (bucket: number, w: number) => void): { positive: boolean; total: number } | null {
  if (m.label === null || m.units.length === 0) return null;
  const w = 1 / m.units.length;
  let total = 0;
  for (const u of m.units) {
    for (let i = 0; i < u.length; i++) add(u[i]!, w);
    total += w * u.length;
  }
  return { positive: m.label === 1, total };
}

/** Adds (sign 1) or removes (sign −1) one message's blocks. */
function addMessage(c: Counts, m: TrainingMessage, sign: 1 | -1): void {
  const arr = m.label === 1 ? c.pos : c.neg;
  const added = eachCount(m, (b, w) => (arr[b]! += sign * w));
  if (added?.positive) c.posTotal += sign * added.total;
  else if (added) c.negTotal += sign * added.total;
}

export function countAll(messages: TrainingMessage[], bits: number): Counts {
  const c = emptyCounts(bits);
  for (const m of messages) addMessage(c, m, 1);
  return c;
}

/** The counts a fold's counts were made from (countsWithout): they differ only in the fold's buckets. */
const baseOf = new WeakMap<Counts, Counts>();

/** Counts without one source's messages (a copy). */
export function countsWithout(all: Counts, source: SparseCounts | undefined): Counts {
  const c: Counts = { pos: all.pos.slice(), neg: all.neg.slice(), posTotal: all.posTotal, negTotal: all.negTotal };
  baseOf.set(c, all);
  if (!source) return c;
  for (const [b, n] of source.pos) c.pos[b]! -= n;
  for (const [b, n] of source.neg) c.neg[b]! -= n;
  c.posTotal -= source.posTotal;
  c.negTotal -= source.negTotal;
  return c;
}

/** The weight of one bucket, unquantised. */
function weightOf(c: Counts, b: number, o: TrainOptions): number {
  const buckets = 1 << o.bits;
  const p = (Math.max(0, c.pos[b]!) + o.alpha) / (c.posTotal + o.alpha * buckets);
  const n = (Math.max(0, c.neg[b]!) + o.alpha) / (c.negTotal + o.alpha * buckets);
  return Math.log(p / n);
}

/** The dense, quantised model of these counts (thresholds to be filled in). */
export function modelFromCounts(c: Counts, o: TrainOptions, trainedOn: FallbackModel['trainedOn']): FallbackModel {
  const n = 1 << o.bits;
  const w = new Float64Array(n);
  let maxAbs = 0;
  for (let b = 0; b < n; b++) {
    w[b] = weightOf(c, b, o);
    maxAbs = Math.max(maxAbs, Math.abs(w[b]!));
  }
  const scale = maxAbs > 0 ? 127 / maxAbs : 1;
  const weights = new Int8Array(n);
  for (let b = 0; b < n; b++) weights[b] = Math.round(w[b]! * scale);
  return { version: 1, bits: o.bits, weights, scale, bias: 0, lengthPower: o.lengthPower, thresholds: { noticeBelow: Number.NEGATIVE_INFINITY, promotionalAtOrAbove: Number.POSITIVE_INFINITY }, trainedOn };
}

/** One source's counts, sparse: bucket → count, and the totals. */
export interface SparseCounts {
  pos: Map<number, number>;
  neg: Map<number, number>;
  posTotal: number;
  negTotal: number;
}

/**
 * A message's n-gram logarithms against a base's counts less its own source's, position by position
 * (log(max(0, count − own) + alpha) of each class), and what they were taken against.
 */
interface MessageLogs {
  base: Counts;
  own: SparseCounts | null;
  alpha: number;
  pos: Float64Array[];
  neg: Float64Array[];
}
const messageLogs = new WeakMap<TrainingMessage, MessageLogs>();

/** The logarithms of `m`'s n-grams against `base` less `own`, computed once per message. */
function logsAgainst(m: TrainingMessage, base: Counts, own: SparseCounts | null, alpha: number): MessageLogs {
  const known = messageLogs.get(m);
  if (known && known.base === base && known.own === own && known.alpha === alpha) return known;
  const logs: MessageLogs = { base, own, alpha, pos: [], neg: [] };
  for (const u of m.units) {
    const pos = new Float64Array(u.length);
    const neg = new Float64Array(u.length);
    for (let i = 0; i < u.length; i++) {
      const b = u[i]!;
      pos[i] = Math.log(Math.max(0, base.pos[b]! - (own?.pos.get(b) ?? 0)) + alpha);
      neg[i] = Math.log(Math.max(0, base.neg[b]! - (own?.neg.get(b) ?? 0)) + alpha);
    }
    logs.pos.push(pos);
    logs.neg.push(neg);
  }
  messageLogs.set(m, logs);
  return logs;
}

/**
 * A message's score (its highest block) straight from counts, leaving out its own source's share too.
 * Fitting a fold's thresholds scores every other message this way, so the eval's leave-one-source-out
 * loop scores each message once per fold: an n-gram whose bucket the fold leaves as the base counts
 * had it takes its logarithm from the message's own, computed once (the same expression, the same
 * bits); only the fold's few buckets are computed again.
 */
export function scoreFromCounts(c: Counts, m: TrainingMessage, own: SparseCounts | null, o: TrainOptions): number | null {
  let best: number | null = null;
  const buckets = 1 << o.bits;
  const pDen = Math.log(c.posTotal - (own?.posTotal ?? 0) + o.alpha * buckets);
  const nDen = Math.log(c.negTotal - (own?.negTotal ?? 0) + o.alpha * buckets);
  const base = baseOf.get(c) ?? c;
  const logs = logsAgainst(m, base, own, o.alpha);
  for (let k = 0; k < m.units.length; k++) {
    const u = m.units[k]!;
    if (u.length === 0) continue;
    const posLogs = logs.pos[k]!;
    const negLogs = logs.neg[k]!;
    let sum = 0;
    for (let i = 0; i < u.length; i++) {
      const b = u[i]!;
      const logP = c.pos[b] === base.pos[b] ? posLogs[i]! : Math.log(Math.max(0, c.pos[b]! - (own?.pos.get(b) ?? 0)) + o.alpha);
      const logN = c.neg[b] === base.neg[b] ? negLogs[i]! : Math.log(Math.max(0, c.neg[b]! - (own?.neg.get(b) ?? 0)) + o.alpha);
      sum += logP - pDen - (logN - nDen);
    }
    const s = sum / Math.pow(u.length, o.lengthPower);
    if (best === null || s > best) best = s;
  }
  return best;
}

/**
 * The threshold that minimises the weighted errors on these scored messages: below it a message
 * is read as not commercial. A commercial message read as not costs `costlyWeight`; the reverse 1.
 * Returns −∞ (never read as not commercial) when no threshold does better than that.
 */
export function fitBelow(scored: Array<{ score: number; commercial: boolean }>, costlyWeight: number): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let cost = sorted.filter((s) => !s.commercial).length; // threshold −∞: every one read as commercial
  let best = { cost, t: Number.NEGATIVE_INFINITY };
  for (let i = 0; i < sorted.length; i++) {
    cost += sorted[i]!.commercial ? costlyWeight : -1;
    const next = sorted[i + 1]?.score;
    if (next !== undefined && next === sorted[i]!.score) continue;
    const t = next === undefined ? sorted[i]!.score + 1e-9 : (sorted[i]!.score + next) / 2;
    if (cost < best.cost) best = { cost, t };
  }
  return best.t;
}

/**
 * The threshold at or above which a message with a transactional core and no recognised promotion
 * is read as carrying one; +∞ (never) when no threshold does better.
 */
export function fitAtOrAbove(scored: Array<{ score: number; commercial: boolean }>, costlyWeight: number): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let cost = costlyWeight * sorted.filter((s) => s.commercial).length; // +∞: none read as promotional
  let best = { cost, t: Number.POSITIVE_INFINITY };
  for (let i = 0; i < sorted.length; i++) {
    cost += sorted[i]!.commercial ? -costlyWeight : 1;
    const next = sorted[i + 1]?.score;
    if (next !== undefined && next === sorted[i]!.score) continue;
    const t = next === undefined ? sorted[i]!.score - 1e-9 : (sorted[i]!.score + next) / 2;
    if (cost < best.cost) best = { cost, t };
  }
  return best.t;
}

/**
 * Thresholds fitted on `messages` (which must not include a held-out fold): each message is scored
 * by the counts without its own source, so the thresholds are fitted on unseen-source scores.
 * `sources` gives each source's own counts (see sourceCounts).
 */
export function fitThresholds(c: Counts, messages: TrainingMessage[], o: TrainOptions, sources: Map<string, SparseCounts>): FallbackModel['thresholds'] {
  const thin: Array<{ score: number; commercial: boolean }> = [];
  const core: Array<{ score: number; commercial: boolean }> = [];
  for (const m of messages) {
    if (m.role === 'other') continue;
    const score = scoreFromCounts(c, m, sources.get(m.source) ?? null, o);
    if (score === null) continue;
    (m.role === 'thin' ? thin : core).push({ score, commercial: m.commercial });
  }
  return { noticeBelow: fitBelow(thin, o.costlyWeight), promotionalAtOrAbove: fitAtOrAbove(core, o.costlyWeight) };
}

/** Every source's own counts, sparse (what leaving that source out subtracts). */
export function sourceCounts(messages: TrainingMessage[]): Map<string, SparseCounts> {
  const out = new Map<string, SparseCounts>();
  for (const m of messages) {
    const c = out.get(m.source) ?? { pos: new Map<number, number>(), neg: new Map<number, number>(), posTotal: 0, negTotal: 0 };
    const map = m.label === 1 ? c.pos : c.neg;
    const added = eachCount(m, (b, w) => map.set(b, (map.get(b) ?? 0) + w));
    if (!added) continue;
    out.set(m.source, c);
    if (added.positive) c.posTotal += added.total;
    else c.negTotal += added.total;
  }
  return out;
}

/** The model trained on every message, with thresholds fitted on leave-one-source-out scores. */
export function train(messages: TrainingMessage[], o: TrainOptions = DEFAULT_TRAIN_OPTIONS): FallbackModel {
  return fitted(countAll(messages, o.bits), messages, sourceCounts(messages), o);
}

/** The model for one fold: trained without `heldOut`'s messages, thresholds fitted without them too. */
export function trainWithout(messages: TrainingMessage[], all: Counts, sources: Map<string, SparseCounts>, heldOut: string, o: TrainOptions = DEFAULT_TRAIN_OPTIONS): FallbackModel {
  return fitted(countsWithout(all, sources.get(heldOut)), messages.filter((m) => m.source !== heldOut), sources, o);
}

/** The model of these counts, which are those of `messages`, with its thresholds fitted on them. */
function fitted(c: Counts, messages: TrainingMessage[], sources: Map<string, SparseCounts>, o: TrainOptions): FallbackModel {
  const used = messages.filter((m) => m.label !== null);
  const model = modelFromCounts(c, o, { messages: used.length, sources: new Set(used.map((m) => m.source)).size, blocks: used.reduce((n, m) => n + m.units.length, 0) });
  model.thresholds = fitThresholds(c, messages, o, sources);
  return model;
}

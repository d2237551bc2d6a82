/**
 * Corpus messages as training examples for the learned fallback: each message read through the
 * same input, model and signals stages as a check (without a fallback, so its role does not depend
 * on a model), its units hashed as a check would hash them.
 */
import { readFileSync } from 'node:fs';
import { parseInput } from '../input/index.js';
import { buildModel } from '../model/index.js';
import { computeSignals } from '../signals/index.js';
import { defaultLexicon } from '../lexicon/index.js';
import { effectiveLimits } from '../limits.js';
import { featureBuckets } from '../fallback/features.js';
import { fallbackUnits } from '../fallback/model.js';
import type { TrainingMessage } from '../fallback/train.js';
import type { CorpusEntry } from './corpus.js';

export function isCommercialLabel(l: CorpusEntry['label']): boolean {
  return l.casl === 'cem' || l.gdpr === 'direct-marketing';
}

export async function trainingMessage(e: CorpusEntry, bits: number): Promise<TrainingMessage | null> {
  const limits = effectiveLimits({});
  let parsed;
  try {
    parsed = await parseInput(e.path, readFileSync(e.path), { limits });
  } catch {
    return null; // unreadable: the eval reports it; nothing to learn from
  }
  const lexicon = defaultLexicon();
  const model = buildModel(parsed, lexicon, limits);
  const s = computeSignals(model, lexicon, { fallback: null }).values;
  const role = s['evidence.thin'] ? 'thin' : s['core.present'] && !s['promo.any'] ? 'core-without-promotion' : 'other';
  const label = e.label.category === 'marketing' ? 1 : e.label.category === 'transactional' ? 0 : null;
  return {
    id: e.id,
    source: e.repo,
    label,
    commercial: isCommercialLabel(e.label),
    role,
    units: fallbackUnits(model).map((u) => featureBuckets(u.text, bits)),
  };
}

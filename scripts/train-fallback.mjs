// Build step (run by hand when the labelled corpus grows): trains the learned fallback from the
// labelled corpora (../shared/corpus and eval/corpus/*) that are not held out, and writes
// models/fallback.json. A model that is committed ships (a user's clone has no corpus and never
// trains or downloads anything); commit it only while `npm run eval`'s fallback table shows its
// doubt catching costly errors that it does not pay for in right verdicts. None ships since
// session 29: it caught none. The held-out parts stay out of the model, so the eval's figures on
// them measure it on mail it has not seen.
//
//   npm run train-fallback
//
// Thresholds are fitted on leave-one-source-out scores; `npm run eval` measures the model the
// same way, retraining it without each source in turn.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDirs, isHeldOut, readCorpus } from '../dist/eval/corpus.js';
import { trainingMessage } from '../dist/eval/examples.js';
import { DEFAULT_TRAIN_OPTIONS, train } from '../dist/fallback/train.js';
import { MODEL_URL, serialiseModel } from '../dist/fallback/model.js';

const root = new URL('..', import.meta.url).pathname;
const dirs = corpusDirs(root).filter(({ dir }) => !isHeldOut(dir));
if (dirs.length === 0) {
  console.error('train-fallback: no labelled corpus (../shared/corpus or eval/corpus/*); nothing to train on');
  process.exit(2);
}
const messages = [];
for (const { name, dir } of dirs) {
  for (const e of readCorpus(name, dir)) {
    const m = await trainingMessage(e, DEFAULT_TRAIN_OPTIONS.bits);
    if (m) messages.push(m);
  }
}
const model = train(messages, DEFAULT_TRAIN_OPTIONS);
mkdirSync(dirname(fileURLToPath(MODEL_URL)), { recursive: true });
writeFileSync(MODEL_URL, serialiseModel(model));
const t = model.thresholds;
console.log(`trained on ${model.trainedOn.messages} messages (${model.trainedOn.blocks} blocks) from ${model.trainedOn.sources} sources; notice below ${t.noticeBelow.toFixed(3)}, promotion at or above ${t.promotionalAtOrAbove.toFixed(3)}; wrote ${MODEL_URL.pathname}`);

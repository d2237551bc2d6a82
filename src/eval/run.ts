/**
 * Corpus evaluation: how far graylint's verdicts can be trusted on mail it has not seen.
 *
 *   npm run eval [corpus-dir] [--no-write]
 *
 * Reads every labelled corpus (../shared/corpus beside the repository, and the parts committed under
 * eval/corpus/), then reports, unseen-source figures first:
 *  - graylint as shipped on the corpus parts labelled before graylint ever ran on them (unseen
 *    sources for the hand-written rules), on the shared corpus (seen), and the gap;
 *  - costly errors (commercial mail called not commercial under CASL or the EU) before the rest;
 *  - the learned fallback, the one part fitted on data, leave-one-source-out: each message read
 *    with a model retrained without its repository and the repositories sharing a near-copy with it
 *    (thresholds fitted inside the fold), set against the rules alone and its seen figure; when a
 *    model ships (models/fallback.json), every figure of graylint as shipped is read that way, else
 *    graylint as shipped is the rules alone; the figures without near-copies of seen mail;
 *  - baselines: the majority class, List-Unsubscribe ⇒ marketing, a promotional subject word;
 *  - per language, per kind of mail, per file kind, per source; confusion matrices, misclassified ids;
 *  - each signal's and rule's hit rate per labelled category, and the written fixtures' agreement.
 * Writes the same as eval/STATISTICS.md. With no corpus at all it says so and exits 0.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fixturesWithExpectations } from './fixtures.js';
import { wordingProbes } from './probes.js';
import { DIMENSIONS, costly, overCautious, pct, predicted, want, type Dimension, type Prediction } from './measures.js';
import { DRAWS, countBySource, formatInterval, sourceInterval } from './intervals.js';
import { corpusDirs, isHeldOut, readCorpus, type CorpusEntry } from './corpus.js';
import { trainingMessage } from './examples.js';
import { copyAwareFolds, nearCopiesOfFiles, COPY_SIMILARITY } from './copies.js';
import { agreement, readSecondReadings } from './agreement.js';
import { createChecker } from '../check.js';
import { loadPacks, lowerConfidence } from '../packs/load.js';
import { defaultLexicon } from '../lexicon/index.js';
import { shippedModel, type FallbackModel } from '../fallback/model.js';
import { countAll, DEFAULT_TRAIN_OPTIONS, sourceCounts, train, trainWithout, type TrainingMessage } from '../fallback/train.js';
import type { FileResult } from '../types.js';
import { LEARNED_PROMOTION_DOUBT } from '../builtin/learned-promotion.js';

/**
 * The corpus labels a message's stream under the three laws it labels (LABELING.md), so the eval
 * decides those laws only: no law is added by audience (the product's default is 'auto').
 */
const LABELLED_LAWS_ONLY: string[] = [];

const PROMO_SUBJECT = /\b(sale|% ?off|discount|coupon|deal|offer|free|save|promo|rabatt|angebot|gutschein|soldes|réduction|oferta|descuento|sconto|offerta|скидк|распродаж|indirim|έκπτωσ)/i;


function baseline(isMarketing: boolean): Prediction {
  return isMarketing
    ? { category: 'marketing', 'can-spam': 'commercial', casl: 'cem', gdpr: 'direct-marketing', stream: 'marketing' }
    : { category: 'transactional', 'can-spam': 'transactional', casl: 'cem-exempt', gdpr: 'service', stream: 'transactional' };
}


/** The confidence of the verdicts a costly error gets wrong: the lower of CASL's and the EU's. */
function costlyLawsConfidence(r: FileResult): 'high' | 'medium' | 'low' {
  return lowerConfidence(r.verdicts?.casl?.confidence ?? 'high', r.verdicts?.gdpr?.confidence ?? 'high');
}

interface Scored {
  entry: CorpusEntry;
  /**
   * graylint as shipped: the rules, and the learned fallback when a model ships (as withFallback).
   */
  shipped: FileResult;
  /**
   * With the learned fallback (the one part fitted on data) trained without this message's source
   * and thresholded inside that fold: leave-one-source-out.
   */
  withFallback: FileResult;
  /** The hand-written rules alone, no learned fallback. */
  rulesOnly: FileResult;
  /** With the learned fallback trained on every message, this one's included. */
  seen: FileResult;
  listUnsubscribe: boolean;
}


async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const write = !args.includes('--no-write');
  const arg = args.find((a) => !a.startsWith('--'));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const dirs = corpusDirs(root, arg);
  const entries = dirs.flatMap(({ name, dir }) => (existsSync(join(dir, 'labels.json')) ? readCorpus(name, dir) : []));
  if (entries.length === 0) {
    console.log(`eval: no labelled corpus (../shared/corpus or eval/corpus/<part>/ with labels.json); nothing to measure.`);
    return 0;
  }
  const started = process.hrtime.bigint();
  const packs = loadPacks();
  const lexicon = defaultLexicon();
  const o = DEFAULT_TRAIN_OPTIONS;

  // Messages that are, whole or nearly, another repository's (copied language packs and
  // templates): a fold holds out every repository joined to its own by such a copy.
  const copies = nearCopiesOfFiles(entries.map((e) => e.path), entries.map((e) => e.repo));
  const folds = copyAwareFolds(entries.map((e) => e.repo), copies);
  const foldOf = new Map(entries.map((e, i) => [e, folds[i]!]));
  const copiesOf = new Map(entries.map((e, i) => [e, copies[i]!.map((j) => entries[j]!)]));

  // Training examples for the fallback, and the full counts each fold subtracts its source from.
  const examples: TrainingMessage[] = [];
  for (const e of entries) {
    const m = await trainingMessage({ ...e, repo: foldOf.get(e)! }, o.bits);
    if (m) examples.push(m);
  }
  const all = countAll(examples, o.bits);
  const sources = sourceCounts(examples);

  // The fallback trained without each fold in turn (models/fallback.json, when one ships, is trained
  // on every part not held out, so it has seen the visible parts); the rules alone; and the fallback
  // trained on everything (its seen figure). The product as shipped is the first when a model ships,
  // else the second.
  const ships = shippedModel() !== null;
  const rulesChecker = createChecker({ packs, lexicon, fallback: null });
  const seenChecker = createChecker({ packs, lexicon, fallback: train(examples, o) });
  const bySource = new Map<string, CorpusEntry[]>();
  for (const e of entries) bySource.set(foldOf.get(e)!, [...(bySource.get(foldOf.get(e)!) ?? []), e]);
  const scored: Scored[] = [];
  for (const [source, group] of bySource) {
    const fold: FallbackModel = trainWithout(examples, all, sources, source, o);
    const foldChecker = createChecker({ packs, lexicon, fallback: fold });
    for (const entry of group) {
      const withFallback = await foldChecker.checkFile(entry.path, { explain: true, optInLaws: LABELLED_LAWS_ONLY });
      const rulesOnly = await rulesChecker.checkFile(entry.path, { explain: true, optInLaws: LABELLED_LAWS_ONLY });
      scored.push({
        entry,
        shipped: ships ? withFallback : rulesOnly,
        withFallback,
        rulesOnly,
        seen: await seenChecker.checkFile(entry.path, { optInLaws: LABELLED_LAWS_ONLY }),
        listUnsubscribe: readFileSync(entry.path, 'latin1').slice(0, 64 * 1024).split(/\r?\n\r?\n/)[0]!.toLowerCase().includes('\nlist-unsubscribe:'),
      });
    }
  }
  scored.sort((a, b) => a.entry.corpus.localeCompare(b.entry.corpus) || a.entry.id.localeCompare(b.entry.id));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  const md: string[] = [];
  const out = (line = '') => {
    console.log(line);
    md.push(line);
  };
  const confident = scored.filter((s) => s.entry.label.confidence !== 'low');
  const acc = (set: Scored[], pred: (s: Scored) => Prediction, d: Dimension) => pct(set.filter((s) => pred(s)[d] === want(s.entry.label, d)).length, set.length);
  const ours = (s: Scored) => predicted(s.shipped);
  const rulesAlone = (s: Scored) => predicted(s.rulesOnly);
  const seen = (s: Scored) => predicted(s.seen);
  const withFallback = (s: Scored) => predicted(s.withFallback);
  const costlyCount = (set: Scored[], pred: (s: Scored) => Prediction) => set.filter((s) => costly(s.entry.label, pred(s))).length;
  const cautiousCount = (set: Scored[]) => set.filter((s) => overCautious(s.entry.label, ours(s))).length;
  const rate = (set: Scored[], pred: (s: Scored) => Prediction, d: Dimension) => set.filter((s) => pred(s)[d] === want(s.entry.label, d)).length / Math.max(1, set.length);
  const unseen = confident.filter((s) => s.entry.corpus !== 'shared');
  const seenByRules = confident.filter((s) => s.entry.corpus === 'shared');
  const heldOutParts = new Set(dirs.filter((d) => isHeldOut(d.dir)).map((d) => d.name));
  // A held-out message is counted, never named: its errors must not be read file by file.
  const isHeldOutEntry = (s: Scored) => heldOutParts.has(s.entry.corpus);
  const heldOut = confident.filter(isHeldOutEntry);

  out('# graylint corpus statistics');
  out();
  console.log(`(${(ms / Math.max(1, scored.length)).toFixed(1)} ms/message, ${bySource.size} folds)`);
  const corpora = [...new Set(scored.map((s) => s.entry.corpus))];
  out(`${scored.length} labelled messages from ${new Set(entries.map((e) => e.repo)).size} sources (${corpora.map((c) => `${c}: ${scored.filter((s) => s.entry.corpus === c).length}`).join(', ')}); ${confident.length} with confident labels (high or medium). Generated by \`npm run eval\`; commit it with any change to packs, lexicons, signals or the fallback model.`);
  out();
  out('## Unseen sources first');
  out();
  out('graylint as shipped, on confident labels (high or medium). Its rules and settings are written by hand, from the law and the structure of mail, and fitted to no data; the corpus parts under eval/corpus were collected and labelled after the rules were written, before graylint ever ran on them, so for the rules they are unseen sources. The shared corpus is what earlier rules were developed against (seen).');
  out();
  out(`The held-out parts (${[...heldOutParts].map((p) => p.replace('eval/corpus/', '')).join(', ') || 'none'}; each has a ${'`'}HELD-OUT.md${'`'}) are a subset of the unseen sources whose errors are counted and never examined file by file; they are the most honest figure.`);
  out();
  out(`| | unseen sources (eval/corpus, n=${unseen.length}) | of which held out (n=${heldOut.length}) | seen (shared, n=${seenByRules.length}) | gap (seen − unseen) | all confident (n=${confident.length}) | all labels (n=${scored.length}) | majority class, all confident |`);
  out('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const d of DIMENSIONS) {
    const maj = majority(confident, d);
    const u = rate(unseen, ours, d);
    const sn = rate(seenByRules, ours, d);
    const gap = unseen.length && seenByRules.length ? `${((sn - u) * 100).toFixed(1)} pts` : '–';
    out(`| ${d} | ${pct(u * unseen.length, unseen.length)} | ${acc(heldOut, ours, d)} | ${pct(sn * seenByRules.length, seenByRules.length)} | ${gap} | ${acc(confident, ours, d)} | ${acc(scored, ours, d)} | ${pct(confident.filter((s) => want(s.entry.label, d) === maj).length, confident.length)} (${maj}) |`);
  }
  out();
  const costlyOurs = scored.filter((s) => costly(s.entry.label, ours(s)));
  out(`**Costly errors** (commercial mail called not commercial under CASL or the EU): **${costlyOurs.length} of ${scored.length}** messages (${pct(costlyOurs.length, scored.length)}); confident labels: ${costlyCount(confident, ours)} of ${confident.length} (unseen sources: ${costlyCount(unseen, ours)} of ${unseen.length}; held out: ${costlyCount(heldOut, ours)} of ${heldOut.length}).`);
  out();
  // How far other sources could put each figure (src/eval/intervals.ts).
  const bySourceOf = (set: Scored[], hit: (s: Scored) => boolean) => countBySource(set, (s) => s.entry.repo, hit);
  const accuracyInterval = (set: Scored[], d: Dimension) => formatInterval(sourceInterval(bySourceOf(set, (s) => ours(s)[d] === want(s.entry.label, d))));
  const costlyInterval = (set: Scored[]) => formatInterval(sourceInterval(bySourceOf(set, (s) => costly(s.entry.label, ours(s))), { scale: set.length }), 0);
  const intervals = (set: Scored[]) => `${DIMENSIONS.map((d) => `${d} ${accuracyInterval(set, d)}`).join(', ')}; costly ${costlyInterval(set)}`;
  out(`**How sure these figures are.** 95% intervals from resampling whole sources with replacement (a source's messages share a template engine, a layout and a writer, so they are drawn together; ${DRAWS.toLocaleString('en-US')} seeded draws): unseen sources ${intervals(unseen)} (${new Set(unseen.map((s) => s.entry.repo)).size} sources); held out ${intervals(heldOut)} (${new Set(heldOut.map((s) => s.entry.repo)).size} sources); seen ${intervals(seenByRules)} (${new Set(seenByRules.map((s) => s.entry.repo)).size} sources). They say how far another set of sources could put each figure, not how sure a change between two builds is: on the same messages a change moves only the messages it changes.`);
  out();
  // CASL's consent question (a CEM or not) apart from the split between its two classes that need
  // none: not-cem (no commercial character) and cem-exempt (s.6(6), which still owes identification
  // and an unsubscribe mechanism). Account notices fall either side by the sender (eval/LABEL-NOTES.md).
  const consentRight = (set: Scored[]) => set.filter((s) => (s.entry.label.casl === 'cem') === (ours(s).casl === 'cem')).length;
  const exemptSplit = (set: Scored[]) => set.filter((s) => s.entry.label.casl !== ours(s).casl && s.entry.label.casl !== 'cem' && ours(s).casl !== 'cem').length;
  out(`**CASL's consent question alone** (a CEM or not, whichever of the two classes that need no consent): unseen sources ${pct(consentRight(unseen), unseen.length)}, held out ${pct(consentRight(heldOut), heldOut.length)}, seen ${pct(consentRight(seenByRules), seenByRules.length)}. Of CASL's errors, ${exemptSplit(unseen)} unseen (${exemptSplit(heldOut)} held out, ${exemptSplit(seenByRules)} seen) are between not-cem and cem-exempt, where the corpus reads account notices by whether the sender has any commercial activity (eval/LABEL-NOTES.md; second readers share that reading, see the agreement section).`);
  out();
  for (const s of costlyOurs.filter((s) => !isHeldOutEntry(s))) out(`- ${s.entry.id} (${s.entry.repo}; label ${s.entry.label.casl}/${s.entry.label.gdpr}, ${s.entry.label.confidence}; graylint ${ours(s).casl}/${ours(s).gdpr})`);
  const heldOutCostly = costlyOurs.filter(isHeldOutEntry).length;
  if (heldOutCostly) out(`- and ${heldOutCostly} in the held-out parts (all labels), not named`);
  out();
  out(`**Over-cautious errors** (non-commercial mail called commercial under CASL or the EU), confident labels: ${cautiousCount(confident)} of ${confident.length} (unseen sources: ${cautiousCount(unseen)} of ${unseen.length}; held out: ${cautiousCount(heldOut)} of ${heldOut.length}; seen: ${cautiousCount(seenByRules)} of ${seenByRules.length}).`);
  out();
  // A copy of a seen message is not unseen mail, whatever repository it came from; nor is a held-out
  // message that copies one examined file by file (any part not held out).
  const copiesOne = (s: Scored, of: (c: CorpusEntry) => boolean) => copiesOf.get(s.entry)!.some(of);
  const unseenFresh = unseen.filter((s) => !copiesOne(s, (c) => c.corpus === 'shared'));
  const heldOutFresh = heldOut.filter((s) => !copiesOne(s, (c) => !heldOutParts.has(c.corpus)));
  const withCopies = scored.filter((s) => copiesOf.get(s.entry)!.length > 0).length;
  const figures = (set: Scored[]) => `${DIMENSIONS.filter((d) => d !== 'stream').map((d) => `${d} ${acc(set, ours, d)}`).join(', ')}; costly ${costlyCount(set, ours)}, over-cautious ${cautiousCount(set)}`;
  out(`**Near-copies.** ${withCopies} of ${scored.length} messages are, whole or nearly, the text of a message from another repository (a language pack or template copied into many repositories; ${COPY_SIMILARITY * 100}% or more of their lines of 12 characters or more shared). Without the ${unseen.length - unseenFresh.length} unseen-source messages that copy a seen one: ${figures(unseenFresh)} (n=${unseenFresh.length}). Without the ${heldOut.length - heldOutFresh.length} held-out messages that copy one outside the held-out parts: ${figures(heldOutFresh)} (n=${heldOutFresh.length}). The learned fallback's folds hold out a repository together with every repository that shares such a copy with it.`);
  out();

  secondReadingSection(join(root, 'eval/agreement/second-reading.json'), { unseen, heldOut, seen: seenByRules }, ours, out);

  out('## How sure each verdict says it is');
  out();
  out('Each verdict carries a `confidence`: low when decided for want of evidence, medium when decided on recognised evidence that a doubt of the packs qualifies (a reading where careful readers split), high otherwise. Accuracy by the confidence stated, on confident labels: a pipeline can send on high and ask a person about the rest.');
  out();
  out('| verdict | stated confidence | unseen sources | of which held out | seen |');
  out('| --- | --- | --- | --- | --- |');
  const statedConfidence = (s: Scored, d: Dimension) => (d === 'category' ? s.shipped.confidence : s.shipped.verdicts?.[d]?.confidence) ?? 'high';
  for (const d of DIMENSIONS.filter((x) => x !== 'stream')) {
    for (const level of ['high', 'medium', 'low'] as const) {
      const cell = (set: Scored[]) => {
        const at = set.filter((s) => statedConfidence(s, d) === level);
        return at.length ? `${acc(at, ours, d)} of ${at.length}` : '–';
      };
      out(`| ${d} | ${level} | ${cell(unseen)} | ${cell(heldOut)} | ${cell(seenByRules)} |`);
    }
  }
  out();
  // The costly errors by the confidence stated with them (the lower of the CASL and EU verdicts'):
  // a doubt that flags them lets a pipeline stop them; a high-confidence one goes out unseen.
  const costlyConfidence = (set: Scored[]) => {
    const wrong = set.filter((s) => costly(s.entry.label, ours(s)));
    const at = (level: string) => wrong.filter((s) => costlyLawsConfidence(s.shipped) === level).length;
    return `${wrong.length} (high ${at('high')}, medium ${at('medium')}, low ${at('low')})`;
  };
  out(`Costly errors by the confidence stated with them (the lower of CASL's and the EU's): unseen sources ${costlyConfidence(unseen)}; of which held out ${costlyConfidence(heldOut)}; seen ${costlyConfidence(seenByRules)}.`);
  out();
  // Each doubt on its own: how many CASL verdicts it makes medium, how many of those are right, and
  // how many are costly errors it stops from going out at high confidence (a doubt earns its place
  // by catching errors at a rate well above the verdicts it leaves high).
  out('Each doubt on its own, on the CASL verdict (a message may carry several): the verdicts it qualifies, how many of them are right, and the costly errors among them.');
  out();
  out('| doubt | unseen sources | of which held out | seen |');
  out('| --- | --- | --- | --- |');
  const doubtIds = [...new Set(confident.flatMap((s) => (s.shipped.verdicts?.casl?.doubts ?? []).map((x) => x.id)))].sort();
  for (const id of doubtIds) {
    const cell = (set: Scored[]) => {
      const at = set.filter((s) => s.shipped.verdicts?.casl?.doubts?.some((x) => x.id === id));
      return at.length ? `${at.length}: ${acc(at, ours, 'casl')} right, ${at.filter((s) => costly(s.entry.label, ours(s))).length} costly` : '–';
    };
    out(`| \`${id}\` | ${cell(unseen)} | ${cell(heldOut)} | ${cell(seenByRules)} |`);
  }
  out();

  out('## The learned fallback, leave-one-source-out');
  out();
  out(`The one part fitted on data: a naive Bayes reading of character n-grams of blocks (src/fallback; \`npm run train-fallback\` trains models/fallback.json on the parts not held out). Each repository is held out in turn, together with any repository that shares a near-copy of one of its messages: the model is retrained without them, its thresholds fitted inside the fold, and their messages checked with it. ${ships ? 'A model ships, so every figure of graylint as shipped above is read that way.' : 'No model ships (it is shipped only while this table shows its doubt catching costly errors it does not cost right verdicts for), so graylint as shipped above is the rules alone and the middle column is what shipping it would do.'}`);
  out('It decides no class (classing messages by it lost accuracy on unseen sources): where the rules read a message as solely transactional and it reads a block as promotion, the doubt `category/learned-promotion` states the verdicts with medium confidence, so a pipeline that sends only high-confidence verdicts asks a person first. The class figures are therefore the rules\' own; what it changes is which verdicts are stated high.');
  out();
  out(`| confident labels | rules alone | with the fallback, LOSO${ships ? ' (as shipped)' : ' (not shipped)'} | with the fallback, seen (trained on all) |`);
  out('| --- | --- | --- | --- |');
  // (Stated high: the lower of CASL's and the EU's confidence, as for costly errors.)
  const statedHigh = (r: FileResult) => costlyLawsConfidence(r) === 'high';
  const costlyHigh = (set: Scored[], pick: (s: Scored) => FileResult) => set.filter((s) => costly(s.entry.label, predicted(pick(s))) && statedHigh(pick(s))).length;
  const rightHigh = (set: Scored[], pick: (s: Scored) => FileResult) => set.filter((s) => predicted(pick(s)).casl === want(s.entry.label, 'casl') && statedHigh(pick(s))).length;
  const learnedDoubts = (set: Scored[], pick: (s: Scored) => FileResult) => set.filter((s) => pick(s).doubts?.some((x) => x.id === LEARNED_PROMOTION_DOUBT)).length;
  for (const [name, set] of [['unseen sources', unseen], ['of which held out', heldOut], ['seen', seenByRules]] as const) {
    out(`| costly errors stated with high confidence, ${name} | ${costlyHigh(set, (s) => s.rulesOnly)} | ${costlyHigh(set, (s) => s.withFallback)} | ${costlyHigh(set, (s) => s.seen)} |`);
    out(`| right CASL verdicts stated with high confidence, ${name} (of ${set.length}) | ${rightHigh(set, (s) => s.rulesOnly)} | ${rightHigh(set, (s) => s.withFallback)} | ${rightHigh(set, (s) => s.seen)} |`);
  }
  out(`| messages the fallback's doubt qualifies, all confident | 0 | ${learnedDoubts(confident, (s) => s.withFallback)} | ${learnedDoubts(confident, (s) => s.seen)} |`);
  out(`| class figures (category, CAN-SPAM, CASL, EU), all confident | ${DIMENSIONS.filter((d) => d !== 'stream').map((d) => acc(confident, rulesAlone, d)).join(' / ')} | ${DIMENSIONS.filter((d) => d !== 'stream').map((d) => acc(confident, withFallback, d)).join(' / ')} | ${DIMENSIONS.filter((d) => d !== 'stream').map((d) => acc(confident, seen, d)).join(' / ')} |`);
  out(`| costly errors, all labels | ${costlyCount(scored, rulesAlone)} | ${costlyCount(scored, withFallback)} | ${costlyCount(scored, seen)} |`);
  out();

  out('## Per corpus part');
  out();
  out(`| corpus | n (confident) | ${DIMENSIONS.join(' | ')} | costly | over-cautious |`);
  out(`| --- | --- | ${DIMENSIONS.map(() => '---').join(' | ')} | --- | --- |`);
  for (const c of corpora) {
    const sub = confident.filter((s) => s.entry.corpus === c);
    out(`| ${c} | ${sub.length} | ${DIMENSIONS.map((d) => acc(sub, ours, d)).join(' | ')} | ${costlyCount(sub, ours)} | ${cautiousCount(sub)} |`);
  }
  out();

  out('## Baselines (confident labels)');
  out();
  out('| | graylint | majority class | List-Unsubscribe ⇒ marketing | promo word in subject ⇒ marketing |');
  out('| --- | --- | --- | --- | --- |');
  for (const d of DIMENSIONS) {
    const maj = majority(confident, d);
    out(`| ${d} | ${acc(confident, ours, d)} | ${pct(confident.filter((s) => want(s.entry.label, d) === maj).length, confident.length)} | ${acc(confident, (s) => baseline(s.listUnsubscribe), d)} | ${acc(confident, (s) => baseline(PROMO_SUBJECT.test(s.shipped.subject ?? '')), d)} |`);
  }
  out();

  const table = (title: string, key: (s: Scored) => string) => {
    out(`## ${title} (confident labels)`);
    out();
    out(`| ${title.split(' ').pop()} | n | ${DIMENSIONS.join(' | ')} | costly | over-cautious |`);
    out(`| --- | --- | ${DIMENSIONS.map(() => '---').join(' | ')} | --- | --- |`);
    const keys = [...new Set(confident.map(key))].sort();
    for (const k of keys) {
      const sub = confident.filter((s) => key(s) === k);
      out(`| ${k} | ${sub.length} | ${DIMENSIONS.map((d) => acc(sub, ours, d)).join(' | ')} | ${costlyCount(sub, ours)} | ${cautiousCount(sub)} |`);
    }
    out();
  };
  table('Per language', (s) => s.entry.language);
  table('Per labelled category', (s) => s.entry.label.category);
  table('Per kind of mail', (s) => s.entry.label.mail ?? `(${s.entry.label.category}, kind not labelled)`);
  table('Per file kind', (s) => s.entry.kind);
  table('Per source', (s) => s.entry.repo);

  await writtenFixtures(root, createChecker({ packs, lexicon }), out);
  await wordingProbes(root, createChecker({ packs, lexicon }), out);

  for (const d of DIMENSIONS) {
    const confusion = new Map<string, Map<string, number>>();
    const wrong: string[] = [];
    let heldOutWrong = 0;
    for (const s of scored) {
      const w = want(s.entry.label, d);
      const got = ours(s)[d];
      const row = confusion.get(w) ?? new Map<string, number>();
      row.set(got, (row.get(got) ?? 0) + 1);
      confusion.set(w, row);
      if (w !== got && isHeldOutEntry(s)) heldOutWrong++;
      else if (w !== got) wrong.push(`${costly(s.entry.label, ours(s)) ? '**costly** ' : ''}${s.entry.id} (want ${w}, got ${got}; label confidence ${s.entry.label.confidence})`);
    }
    if (heldOutWrong) wrong.push(`and ${heldOutWrong} in the held-out parts, not named`);
    wrong.sort((a, b) => Number(b.startsWith('**')) - Number(a.startsWith('**')));
    out(`## ${d}: ${acc(scored, ours, d)} (all labels)`);
    out();
    printConfusion(confusion, out);
    if (wrong.length) {
      out();
      out('Misclassified:');
      out();
      for (const w of wrong) out(`- ${w}`);
    }
    out();
  }

  out('## Signal and rule hit rates by labelled category');
  out();
  out('How often each signal is true and each rule fires, per labelled category . A good promotional');
  out('signal fires on marketing and hybrid mail and almost never on transactional mail.');
  out();
  const cats = ['transactional', 'hybrid', 'marketing'];
  const count = (pred: (r: FileResult) => boolean) =>
    cats.map((c) => {
      const sub = scored.filter((s) => s.entry.label.category === c);
      return `${sub.filter((s) => pred(s.shipped)).length}/${sub.length}`;
    });
  out(`| signal or rule | ${cats.join(' | ')} |`);
  out(`| --- | ${cats.map(() => '---').join(' | ')} |`);
  const signalNames = [...new Set(scored.flatMap((s) => Object.entries(s.shipped.signals ?? {}).filter(([, v]) => typeof v === 'boolean').map(([k]) => k)))].sort();
  for (const n of signalNames) out(`| \`${n}\` | ${count((r) => r.signals?.[n] === true).join(' | ')} |`);
  const ruleIds = [...new Set(scored.flatMap((s) => s.shipped.findings.map((f) => f.ruleId)))].sort();
  for (const rule of ruleIds) out(`| rule \`${rule}\` | ${count((r) => r.findings.some((f) => f.ruleId === rule)).join(' | ')} |`);

  // The committed statistics are of every corpus: a clone without ../shared/corpus leaves them be.
  if (write && !arg && corpora.includes('shared')) {
    writeFileSync(join(root, 'eval/STATISTICS.md'), `${md.join('\n')}\n`);
    console.log('\n(wrote eval/STATISTICS.md)');
  }
  return 0;
}

/**
 * The second reading (eval/agreement): how often two readers agree per law, and graylint against
 * the corpus label on every relabelled message and on those where the readers agree. Held-out
 * messages are only counted here, as everywhere.
 */
function secondReadingSection(file: string, groups: Record<'unseen' | 'heldOut' | 'seen', Scored[]>, ours: (s: Scored) => Prediction, out: (l?: string) => void): void {
  const second = readSecondReadings(file);
  if (!second.size) return;
  const rowsOf = (set: Scored[]) => set.flatMap((s) => {
    const r = second.get(`${s.entry.corpus}/${s.entry.id}`);
    return r ? [{ label: s.entry.label, second: r, predicted: ours(s) }] : [];
  });
  const names = { unseen: 'unseen sources', heldOut: 'of which held out', seen: 'seen' } as const;
  const rows = Object.fromEntries(Object.entries(groups).map(([k, set]) => [k, rowsOf(set)])) as Record<keyof typeof names, ReturnType<typeof rowsOf>>;
  out('## Agreement between two readers');
  out();
  out(`Confident labels were read a second time by readers who saw neither the corpus labels nor graylint, from LABELING.md and the legal reference only (eval/agreement/README.md; ${second.size} messages: a seeded random sample of the corpus, and every held-out message). How often the two readings agree is the ceiling any verdict can be measured against; graylint's accuracy where they agree is the part of its error that no disagreement between readers explains. Both readers were instances of one language model, so their agreement is an upper bound for independent human readers.`);
  out();
  out(`| law | ${(Object.keys(names) as Array<keyof typeof names>).map((k) => `${names[k]} (n=${rows[k].length}): readers agree · graylint right · graylint right where readers agree`).join(' | ')} |`);
  out(`| --- | ${Object.keys(names).map(() => '---').join(' | ')} |`);
  for (const d of DIMENSIONS) {
    const cells = (Object.keys(names) as Array<keyof typeof names>).map((k) => {
      const a = agreement(rows[k], d);
      return a.n ? `${pct(a.agreed, a.n)} · ${pct(a.rightOnAll, a.n)} · ${pct(a.rightOnAgreed, a.agreed)} of ${a.agreed}` : '–';
    });
    out(`| ${d} | ${cells.join(' | ')} |`);
  }
  out();
  // CASL's two classes that need no consent, where graylint's labels were thought to split at random.
  const split = (k: keyof typeof names) => {
    const both = rows[k].filter((r) => r.label.casl !== 'cem' && r.second.casl !== 'cem');
    return `${both.filter((r) => r.label.casl === r.second.casl).length} of ${both.length}`;
  };
  out(`Between CASL's \`not-cem\` and \`cem-exempt\` (messages both readers call no CEM), the readers agree on ${split('unseen')} unseen (${split('heldOut')} held out, ${split('seen')} seen): the split follows a reading the readers share (whether the sender has any commercial activity, eval/LABEL-NOTES.md), so graylint's errors there are its own.`);
  out();
}

function majority(set: Scored[], d: Dimension): string {
  const n = new Map<string, number>();
  for (const s of set) n.set(want(s.entry.label, d), (n.get(want(s.entry.label, d)) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '–';
}

/**
 * Every one of the fourteen languages has written fixtures whose sidecars state the legal
 * expectation. Their agreement per language is shown beside the corpus figures (the test suite
 * requires 100%, so a gap here means a fixture is failing).
 */
async function writtenFixtures(root: string, checker: ReturnType<typeof createChecker>, out: (l?: string) => void): Promise<void> {
  const dir = join(root, 'fixtures');
  if (!existsSync(dir)) return;
  const laws = ['can-spam', 'casl', 'gdpr'] as const;
  const stats = new Map<string, { n: number; ok: Record<string, number> }>();
  for (const { file, sidecar } of fixturesWithExpectations(dir)) {
    const f = join(dir, file);
    const base = f.replace(/\.[^./]+$/, '');
    const w = parseYaml(readFileSync(join(dir, sidecar), 'utf8')) as { language?: string; category: string; verdicts: Record<string, string> };
    const got = await checker.checkFile(f, { optInLaws: LABELLED_LAWS_ONLY });
    const lang = w.language ?? /\.([a-z]{2})$/.exec(base)?.[1] ?? got.language ?? 'en';
    const entry = stats.get(lang) ?? { n: 0, ok: { category: 0, 'can-spam': 0, casl: 0, gdpr: 0 } };
    entry.n++;
    if (got.category === w.category) entry.ok['category']!++;
    for (const d of laws) if (got.verdicts?.[d]?.class === w.verdicts[d]) entry.ok[d]!++;
    stats.set(lang, entry);
  }
  out('## Written fixtures per language');
  out();
  out('Agreement with the legal expectation in each fixture\'s sidecar (fixtures/languages, fixtures/gray-zone, fixtures/hard…).');
  out();
  out(`| language | fixtures | category | ${laws.join(' | ')} |`);
  out(`| --- | --- | --- | ${laws.map(() => '---').join(' | ')} |`);
  for (const [lang, e] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
    out(`| ${lang} | ${e.n} | ${pct(e.ok['category']!, e.n)} | ${laws.map((d) => pct(e.ok[d]!, e.n)).join(' | ')} |`);
  }
  out();
}

function printConfusion(confusion: Map<string, Map<string, number>>, out: (l?: string) => void): void {
  const cols = [...new Set([...confusion.values()].flatMap((r) => [...r.keys()]).concat([...confusion.keys()]))].sort();
  out(`| label \\ graylint | ${cols.join(' | ')} |`);
  out(`| --- | ${cols.map(() => '---').join(' | ')} |`);
  for (const w of [...confusion.keys()].sort()) {
    const row = confusion.get(w)!;
    out(`| ${w} | ${cols.map((c) => String(row.get(c) ?? 0)).join(' | ')} |`);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);

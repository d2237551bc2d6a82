/**
 * The learned fallback and the corpus evaluation's building blocks: features, training by counting,
 * leave-one-source-out, thresholds fitted on unseen-source scores, the model file, the corpus reader.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureBuckets, normaliseForFeatures } from '../src/fallback/features.js';
import { parseModel, readFallback, scoreUnit, serialiseModel } from '../src/fallback/model.js';
import { countAll, countsWithout, fitAtOrAbove, fitBelow, scoreFromCounts, sourceCounts, train, trainWithout, type TrainingMessage } from '../src/fallback/train.js';
import { readCorpus } from '../src/eval/corpus.js';

const BITS = 12;
const o = { bits: BITS, alpha: 0.05, lengthPower: 0.5, costlyWeight: 4 };

function message(id: string, source: string, label: 0 | 1 | null, texts: string[], role: TrainingMessage['role'] = 'thin'): TrainingMessage {
  return { id, source, label, commercial: label === 1, role, units: texts.map((t) => featureBuckets(t, BITS)) };
}

const corpus: TrainingMessage[] = [
  message('a1', 'a', 1, ['Huge sale: everything half price this weekend only', 'Shop the collection now']),
  message('a2', 'a', 0, ['Your password was changed. If this was not you, contact support.']),
  message('b1', 'b', 1, ['Big sale this weekend: half price on every coat', 'Shop now before it ends']),
  message('b2', 'b', 0, ['Your password reset link expires in one hour.']),
  message('c1', 'c', 1, ['Weekend sale, half price on boots', 'Shop our new collection']),
  message('c2', 'c', 0, ['Someone signed in to your account; if this was not you, change your password.']),
  message('h1', 'c', null, ['Order 12 shipped. Shop our sale too.'], 'other'),
];

describe('features', () => {
  it('normalises case, digits and blanks, so a filled-in number does not count', () => {
    expect(normaliseForFeatures('Order  #4417\nSHIPPED')).toBe(' order #0000 shipped ');
    expect([...featureBuckets('Order #4417 shipped', BITS)]).toEqual([...featureBuckets('order #9903   shipped', BITS)]);
  });

  it('gives distinct, sorted buckets inside the table, for any script', () => {
    for (const text of ['Summer sale', 'Скидка на всё', '夏季大促销', 'מבצע קיץ']) {
      const b = featureBuckets(text, BITS);
      expect(b.length).toBeGreaterThan(0);
      expect(new Set(b).size).toBe(b.length);
      expect([...b]).toEqual([...b].sort((x, y) => x - y));
      expect(Math.max(...b)).toBeLessThan(1 << BITS);
    }
  });
});

describe('training by counting', () => {
  it('leaves hybrid (unlabelled for training) messages out of the counts', () => {
    const withHybrid = countAll(corpus, BITS);
    const without = countAll(corpus.filter((m) => m.label !== null), BITS);
    expect(withHybrid.pos).toEqual(without.pos);
    expect(withHybrid.posTotal).toBe(without.posTotal);
  });

  it('scores promotional wording above a security notice', () => {
    const model = train(corpus, o);
    expect(scoreUnit(model, 'Half price sale this weekend, shop now')).toBeGreaterThan(scoreUnit(model, 'If this was not you, change your password'));
  });

  it('leaves the held-out source out entirely: the fold model equals a model trained without it', () => {
    const all = countAll(corpus, BITS);
    const fold = trainWithout(corpus, all, sourceCounts(corpus), 'c', o);
    const direct = train(corpus.filter((m) => m.source !== 'c'), o);
    expect(Buffer.from(fold.weights.buffer)).toEqual(Buffer.from(direct.weights.buffer));
    expect(fold.trainedOn).toEqual(direct.trainedOn);
  });

  it("scores a message from counts without its own source as a model trained without that source would", () => {
    const all = countAll(corpus, BITS);
    const sources = sourceCounts(corpus);
    const m = corpus[0]!;
    const fromCounts = scoreFromCounts(all, m, sources.get('a')!, o)!;
    const without = train(corpus.filter((x) => x.source !== 'a'), o);
    const fromModel = Math.max(...m.units.map((_, i) => scoreUnit(without, ['Huge sale: everything half price this weekend only', 'Shop the collection now'][i]!)));
    // The model is quantised to 8 bits: the two agree to within its step.
    expect(Math.abs(fromCounts - fromModel)).toBeLessThan(0.25);
  });

  it('scores a message inside each fold exactly as from counts made without the fold, whatever folds came before', () => {
    const all = countAll(corpus, BITS);
    const sources = sourceCounts(corpus);
    const m = corpus[2]!; // source b, scored in the folds of a and c, as fitting their thresholds does
    for (const fold of ['a', 'c', 'a']) {
      const foldCounts = countsWithout(all, sources.get(fold));
      // The reference: the same counts built afresh (no base to share logarithms with).
      const fresh = countAll(corpus.filter((x) => x.source !== fold), BITS);
      expect(scoreFromCounts(foldCounts, m, sources.get('b')!, o)).toBe(scoreFromCounts({ ...fresh, pos: fresh.pos.slice(), neg: fresh.neg.slice() }, m, sources.get('b')!, o));
    }
  });
});

describe('thresholds', () => {
  it('reads nothing as a notice when doing so would cost more than it saves', () => {
    expect(fitBelow([{ score: 1, commercial: true }, { score: 2, commercial: false }], 4)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('reads the clearly lower scores as notices when they are all non-commercial', () => {
    const t = fitBelow([{ score: -3, commercial: false }, { score: -2, commercial: false }, { score: 1, commercial: true }, { score: 2, commercial: true }], 4);
    expect(t).toBeGreaterThan(-2);
    expect(t).toBeLessThan(1);
  });

  it('weighs a costly error above an ordinary one', () => {
    // One commercial message among three notices at the bottom: never worth reading them as notices at weight 4.
    const scored = [{ score: -3, commercial: false }, { score: -2.5, commercial: true }, { score: -2, commercial: false }, { score: 5, commercial: true }];
    expect(fitBelow(scored, 4)).toBeLessThan(-2.5);
    expect(fitAtOrAbove([{ score: 3, commercial: true }, { score: 1, commercial: false }], 4)).toBeGreaterThan(1);
  });
});

describe('the model file', () => {
  it('round-trips, infinite thresholds included', () => {
    const model = train(corpus, o);
    model.thresholds = { noticeBelow: Number.NEGATIVE_INFINITY, promotionalAtOrAbove: 2.5 };
    const back = parseModel(serialiseModel(model));
    expect(back.thresholds).toEqual(model.thresholds);
    expect(Buffer.from(back.weights.buffer, back.weights.byteOffset, back.weights.length)).toEqual(Buffer.from(model.weights.buffer));
    expect(scoreUnit(back, 'Weekend sale')).toBe(scoreUnit(model, 'Weekend sale'));
  });

  it('refuses a file that is not a model', () => {
    expect(() => parseModel('{"version":2}')).toThrow(/fallback model/);
  });

  it('reports the highest-scoring block and where it is', () => {
    const model = train(corpus, o);
    const r = readFallback(model, [
      { text: 'Your password was changed', location: { scope: 'body', line: 1 } },
      { text: 'Half price sale, shop now', location: { scope: 'body', line: 2 } },
    ]);
    expect(r.top?.location.line).toBe(2);
    expect(readFallback(model, []).score).toBeNull();
  });
});

describe('corpus reader', () => {
  it('reads ids up to the first dot (compound extensions) and provenance from SOURCES.tsv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-corpus-'));
    mkdirSync(join(dir, 'messages'));
    writeFileSync(join(dir, 'messages', 'ar-shop-welcome.blade.php'), '<p>مرحبا</p>');
    writeFileSync(join(dir, 'messages', 'en-shop-receipt.html'), '<p>Receipt</p>');
    const label = { category: 'transactional', 'can-spam': 'transactional', casl: 'cem-exempt', gdpr: 'service', confidence: 'high' };
    writeFileSync(join(dir, 'labels.json'), JSON.stringify({ 'ar-shop-welcome': label, 'en-shop-receipt': label, 'en-missing': label }));
    writeFileSync(join(dir, 'SOURCES.tsv'), 'id\tfile\trepo\tpath\tcommit\tlicense\tkind\tlanguage\nar-shop-welcome\tmessages/ar-shop-welcome.blade.php\tx/shop\tmail.blade.php\tabc\tMIT\tblade\tar-SA\n');
    const entries = readCorpus('t', dir);
    expect(entries.map((e) => e.id)).toEqual(['ar-shop-welcome', 'en-shop-receipt']);
    expect(entries[0]).toMatchObject({ repo: 'x/shop', language: 'ar', kind: 'blade', corpus: 't' });
    expect(entries[1]!.repo).toBe('unknown:en-shop-receipt');
  });
});

describe('the learned fallback in a check', () => {
  const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p><p>Order summary: 1 × Linen notebook, $18.00. Total paid: $22.00.</p><p>We hope it serves you well for many years.</p>';
  /** A model that reads every block as promotion: each n-gram weighs 1, the threshold is 1. */
  const everyBlockPromotional = () => ({
    version: 1 as const, bits: 8, weights: new Int8Array(256).fill(1), scale: 1, bias: 0, lengthPower: 0,
    thresholds: { noticeBelow: Number.NEGATIVE_INFINITY, promotionalAtOrAbove: 1 }, trainedOn: { messages: 0, sources: 0, blocks: 0 },
  });
  const check = async (fallback: ReturnType<typeof everyBlockPromotional> | null) => {
    const { createChecker } = await import('../src/check.js');
    return createChecker({ fallback }).checkBuffer('receipt.html', Buffer.from(RECEIPT), { explain: true });
  };

  it('decides no class: where it reads a block of a solely transactional message as promotion, the verdicts stand with medium confidence and a doubt that quotes the block', async () => {
    const r = await check(everyBlockPromotional());
    expect(r.category).toBe('transactional');
    expect(r.verdicts?.casl?.class).toBe('cem-exempt');
    expect(r.confidence).toBe('medium');
    expect(r.verdicts?.casl?.confidence).toBe('medium');
    const doubt = r.doubts?.find((d) => d.id === 'category/learned-promotion');
    expect(doubt?.evidence?.text).toBeTruthy();
    expect(RECEIPT).toContain(doubt!.evidence!.text.slice(0, 20));
    const finding = r.findings.find((f) => f.ruleId === 'graylint/learned-promotion');
    expect(finding?.message).toMatch(/learned fallback reads “.+” as promotion \(score \d/);
  });

  it('without a model, the same message is stated with high confidence and no such doubt or finding', async () => {
    const r = await check(null);
    expect(r.category).toBe('transactional');
    expect(r.confidence).toBe('high');
    expect(r.doubts?.some((d) => d.id === 'category/learned-promotion') ?? false).toBe(false);
    expect(r.findings.some((f) => f.ruleId === 'graylint/learned-promotion')).toBe(false);
  });

  it('ships no model while its doubt catches no costly error (eval/STATISTICS.md), so the product reads by the rules alone', async () => {
    // Session 29: measured leave-one-source-out, the retrained model moved none of the 20 costly
    // errors stated with high confidence and took high confidence from 9 right verdicts.
    const { shippedModel } = await import('../src/fallback/model.js');
    expect(shippedModel()).toBeNull();
    const { createChecker: withDefaults } = await import('../src/check.js');
    const r = await withDefaults().checkBuffer('receipt.html', Buffer.from('<p>Your order #1042 has shipped.</p><p>Fresh picks for your next visit are waiting in our autumn lookbook.</p>'));
    expect(r.findings.some((f) => f.ruleId === 'graylint/learned-promotion')).toBe(false);
  });
});

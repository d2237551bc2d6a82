/**
 * The signals vocabulary (src/signals/vocabulary.ts) and the signals stage held to each other:
 * every name a fixture or a rule example produces is listed with its type, every listed name
 * fires on some fixture or rule example (or is marked rare, and fires on an input made for it),
 * and `graylint check` never loads the list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { loadPacks } from '../src/packs/load.js';
import type { FallbackModel } from '../src/fallback/model.js';
import type { SignalValue } from '../src/types.js';
import { SIGNAL_ENTRIES, SIGNAL_GROUPS, signalGroup } from '../src/signals/vocabulary.js';
import { FIXTURES, ROOT, walk } from './helpers.js';

/** What one input produced with --explain: every signal's value. */
interface Produced {
  input: string;
  values: Record<string, SignalValue>;
}

/** A signal fires when it says something: true, a non-zero number, a non-empty string. */
const fires = (v: SignalValue) => v !== false && v !== 0 && v !== '';

async function produceAll(): Promise<Produced[]> {
  const checker = createChecker();
  const out: Produced[] = [];
  // Every fixture (the expectation sidecars and the folder's README are not inputs).
  for (const file of walk(FIXTURES).filter((f) => !/\.ya?ml$|(^|\/)README\.md$/.test(f))) {
    const r = await checker.checkFile(join(FIXTURES, file), { explain: true });
    if (r.signals) out.push({ input: `fixtures/${file}`, values: r.signals });
  }
  // Every rule's failing and passing example, as the rule-example tests run them.
  for (const pack of loadPacks()) {
    for (const rule of pack.rules) {
      for (const [which, ex] of Object.entries(rule.examples)) {
        const r = await checker.checkBuffer(ex.kind === 'eml' ? 'example.eml' : 'example.html', Buffer.from(ex.content, 'utf8'), { subject: ex.subject, kind: ex.kind === 'eml' ? 'eml' : 'template', explain: true });
        if (r.signals) out.push({ input: `${rule.id} (${which} example)`, values: r.signals });
      }
    }
  }
  return out;
}

describe('the signals vocabulary', () => {
  let produced: Produced[] = [];
  beforeAll(async () => {
    produced = await produceAll();
  }, 120_000);

  it('lists every signal a fixture or rule example produces, with the type of its value', () => {
    // Most fixtures and every rule example produce signals (hostile fixtures may be refused).
    expect(produced.length).toBeGreaterThanOrEqual(150);
    // One problem per signal, on the first input that shows it.
    const problems = new Map<string, string>();
    for (const { input, values } of produced) {
      for (const [name, value] of Object.entries(values)) {
        const entry = SIGNAL_ENTRIES.get(name);
        if (problems.has(name)) continue;
        if (!entry) problems.set(name, `${name} (set on ${input}) is not in the vocabulary`);
        else if (typeof value !== entry.type) problems.set(name, `${name} is a ${typeof value} on ${input}; the vocabulary says ${entry.type}`);
      }
    }
    expect([...problems.values()]).toEqual([]);
  });

  it('has each signal fire on some fixture or rule example, or says why it is rare', () => {
    const firedOn = new Map<string, string>();
    for (const { input, values } of produced) for (const [name, value] of Object.entries(values)) if (fires(value) && !firedOn.has(name)) firedOn.set(name, input);
    const problems: string[] = [];
    for (const [name, entry] of SIGNAL_ENTRIES) {
      if (!entry.rare && !firedOn.has(name)) problems.push(`${name}: no fixture or rule example makes it fire; add one, or mark it rare and say why`);
      if (entry.rare && firedOn.has(name)) problems.push(`${name} is marked rare, but ${firedOn.get(name)} makes it fire: remove the mark`);
    }
    expect(problems).toEqual([]);
  });
});

describe('signals marked rare', () => {
  const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p><p>Order summary: 1 × Linen notebook, $18.00. Total paid: $22.00.</p>';
  /** A model that reads every block the same way: each n-gram weighs `weight`. */
  const model = (weight: number, thresholds: FallbackModel['thresholds']): FallbackModel => ({
    version: 1, bits: 8, weights: new Int8Array(256).fill(weight), scale: 1, bias: 0, lengthPower: 0, thresholds, trainedOn: { messages: 0, sources: 0, blocks: 0 },
  });
  const signalsOf = async (html: string, config: Parameters<typeof createChecker>[0] = {}, limits = {}) =>
    (await createChecker(config).checkBuffer('made.html', Buffer.from(html), { explain: true, limits })).signals ?? {};

  /** For each signal marked rare, an input made to make it fire: the signal is real, only no fixture has it. */
  const MADE: Record<string, () => Promise<Record<string, SignalValue>>> = {
    'fallback.notice': () => signalsOf(RECEIPT, { fallback: model(-1, { noticeBelow: 0, promotionalAtOrAbove: Infinity }) }),
    // (No model ships: a model given to the checker that reads every block as promotion.)
    'fallback.score': () => signalsOf(RECEIPT, { fallback: model(1, { noticeBelow: Number.NEGATIVE_INFINITY, promotionalAtOrAbove: 0 }) }),
    'fallback.promotional': () => signalsOf(RECEIPT, { fallback: model(1, { noticeBelow: Number.NEGATIVE_INFINITY, promotionalAtOrAbove: 0 }) }),
  };

  it('each have an input made for them', () => {
    const rare = [...SIGNAL_ENTRIES].filter(([, e]) => e.rare).map(([n]) => n);
    expect(rare.sort()).toEqual(Object.keys(MADE).sort());
  });

  for (const [name, make] of Object.entries(MADE)) {
    it(`${name} fires on its input`, async () => {
      const values = await make();
      expect(values[name], name).toBeDefined();
      expect(fires(values[name]!), `${name} = ${String(values[name])}`).toBe(true);
    });
  }
});

describe('vocabulary entries', () => {
  it('have a one-line description, a group with a title and, when rare, a reason', () => {
    for (const [name, entry] of SIGNAL_ENTRIES) {
      expect(entry.description, name).toMatch(/^[^\n]{10,200}$/);
      expect(SIGNAL_GROUPS[signalGroup(name)], `${name}: no title for its group in SIGNAL_GROUPS`).toBeTruthy();
      if (entry.rare !== undefined) expect(entry.rare.length, name).toBeGreaterThan(10);
    }
    const used = new Set([...SIGNAL_ENTRIES.keys()].map(signalGroup));
    for (const group of Object.keys(SIGNAL_GROUPS)) expect(used.has(group), `group '${group}' has no signal`).toBe(true);
  });
});

/**
 * The compiled modules each entry point loads at start-up: its static imports, followed. A
 * dynamic import() is not followed (it loads on use), nor is `import type` (erased).
 */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\b(?:import|export)\s+(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(join(ROOT, 'dist', entry));
  return new Set([...seen].map((f) => relative(join(ROOT, 'dist'), f)));
}

describe('start-up cost (the compiled modules in dist/, as `npm run build` leaves them)', () => {
  it('graylint check, the library and the server\'s workers do not load the vocabulary', () => {
    for (const entry of ['cli/main.js', 'index.js', 'server/worker.js']) {
      expect(existsSync(join(ROOT, 'dist', entry)), entry).toBe(true);
      const loaded = staticImports(entry);
      expect(loaded.has('signals/index.js'), `${entry} loads the signals stage`).toBe(true);
      expect(loaded.has('signals/vocabulary.js'), `${entry} loads the vocabulary`).toBe(false);
    }
  });

  it('packs lint and the docs load the vocabulary, and lint runs no message through the signals stage', () => {
    expect(staticImports('packs/lint.js').has('signals/vocabulary.js')).toBe(true);
    expect(staticImports('packs/docs.js').has('signals/vocabulary.js')).toBe(true);
    expect(staticImports('packs/lint.js').has('signals/index.js')).toBe(false);
  });
});

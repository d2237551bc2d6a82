import { parseInput } from '../input/index.js';
import { buildModel } from '../model/index.js';
import { computeSignals } from '../signals/index.js';
import type { Pack } from './load.js';

/** Names a condition may use besides signals. */
const CONTEXT_NAMES = ['class', 'category', 'stream', 'verdict.can-spam', 'verdict.casl', 'verdict.gdpr', 'verdict.category'];

let vocabulary: Set<string> | null = null;

/** Every signal name the signals stage produces: computed, not listed, so it cannot drift. */
export async function signalVocabulary(): Promise<Set<string>> {
  if (vocabulary) return vocabulary;
  const sample = await parseInput('vocabulary.eml', Buffer.from('From: a@b.example\r\nSubject: x\r\n\r\nx'));
  const { values } = await computeSignals(buildModel(sample));
  vocabulary = new Set([...Object.keys(values), ...CONTEXT_NAMES]);
  return vocabulary;
}

/**
 * `graylint packs lint`: checks what loading cannot: that every condition names a known signal
 * or setting, and that rules point their evidence at something. Packs hold no regular
 * expressions and no code, so there is nothing there to backtrack or execute.
 */
export async function lintPacks(packs: Pack[]): Promise<string[]> {
  const known = await signalVocabulary();
  const problems: string[] = [];
  for (const p of packs) {
    const check = (where: string, names: Set<string>) => {
      for (const n of names) {
        if (n.startsWith('settings.')) {
          if (!(n.slice(9) in p.settings)) problems.push(`${p.file}: ${where}: unknown setting "${n}"`);
        } else if (!known.has(n)) {
          problems.push(`${p.file}: ${where}: unknown signal "${n}"`);
        }
      }
    };
    for (const t of p.classify) check(t.id, t.when.names);
    for (const r of p.rules) {
      check(r.id, r.when.names);
      r.cases.forEach((c, i) => check(`${r.id} cases[${i}]`, c.when.names));
    }
    if (p.classify.length && !p.decides) problems.push(`${p.file}: has classify tests but no 'decides'`);
  }
  return problems;
}

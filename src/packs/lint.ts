import { parseInput } from '../input/index.js';
import { buildModel } from '../model/index.js';
import { computeSignals } from '../signals/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Pack } from './load.js';
import { loadPacks } from './load.js';
import { yamlParse } from '../data-file.js';
import { registryOf } from './registry.js';
import { FIXER_NAMES } from '../fix/names.js';

let signals: Set<string> | null = null;

/** Every signal name the signals stage produces: computed, not listed, so it cannot drift. */
export async function signalVocabulary(): Promise<Set<string>> {
  if (signals) return signals;
  const sample = await parseInput('vocabulary.eml', Buffer.from('From: a@b.example\r\nSubject: x\r\n\r\nx'));
  const { values } = await computeSignals(buildModel(sample));
  signals = new Set(Object.keys(values));
  return signals;
}

/**
 * `graylint packs lint`: checks what loading cannot: that every condition names a known signal
 * or setting, and that rules point their evidence at something. Packs hold no regular
 * expressions and no code, so there is nothing there to backtrack or execute.
 */
export async function lintPacks(packs: Pack[]): Promise<string[]> {
  // Conditions may also name what the packs decide (verdict.<law>): the bundled packs' and these.
  const bundled = loadPacks();
  const context = registryOf([...bundled, ...packs.filter((p) => !bundled.some((b) => b.id === p.id))]).contextNames;
  const known = new Set([...(await signalVocabulary()), ...context]);
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
      if (r.fixer && !FIXER_NAMES.includes(r.fixer)) problems.push(`${p.file}: ${r.id}: unknown fixer "${r.fixer}"; graylint has ${FIXER_NAMES.join(', ')}`);
      r.cases.forEach((c, i) => check(`${r.id} cases[${i}]`, c.when.names));
    }
    if (p.classify.length && !p.decides) problems.push(`${p.file}: has classify tests but no 'decides'`);
    problems.push(...coverageProblems(p));
  }
  return problems;
}

interface CoverageMap {
  pack?: unknown;
  requirements?: Array<{ requirement?: unknown; citation?: unknown; rules?: unknown; tests?: unknown; manual?: unknown }>;
}

/**
 * A law's coverage map (coverage/<pack>.yaml beside the pack): each requirement of the law names
 * the rules or tests that check it, or says why it cannot be checked from a message; every rule
 * of the pack is mapped. A law pack must have one, so what it leaves out is written down.
 */
function coverageProblems(p: Pack): string[] {
  const file = join(dirname(p.file), 'coverage', `${p.id}.yaml`);
  if (!existsSync(file)) return p.law ? [`${p.file}: a law pack needs a coverage map (${file})`] : [];
  let map: CoverageMap;
  try {
    map = (yamlParse()(readFileSync(file, 'utf8')) ?? {}) as CoverageMap;
  } catch (err) {
    return [`${file}: invalid YAML (${(err as Error).message.split('\n')[0]})`];
  }
  const out: string[] = [];
  if (map.pack !== p.id) out.push(`${file}: 'pack' must be ${p.id}`);
  const ruleIds = new Set(p.rules.map((r) => r.id));
  const testIds = new Set(p.classify.map((t) => t.id));
  const mapped = new Set<string>();
  for (const [i, req] of (Array.isArray(map.requirements) ? map.requirements : []).entries()) {
    const where = `${file}: requirements[${i}]`;
    const rules = Array.isArray(req.rules) ? req.rules.map(String) : [];
    const tests = Array.isArray(req.tests) ? req.tests.map(String) : [];
    if (typeof req.requirement !== 'string' || typeof req.citation !== 'string' || !req.citation) out.push(`${where}: needs 'requirement' and 'citation'`);
    if (rules.length + tests.length === 0 && typeof req.manual !== 'string') out.push(`${where}: names no rule or test and does not say why it is 'manual'`);
    for (const r of rules) if (!ruleIds.has(r)) out.push(`${where}: unknown rule ${r}`);
    for (const t of tests) if (!testIds.has(t)) out.push(`${where}: unknown test ${t}`);
    rules.forEach((r) => mapped.add(r));
  }
  if (!Array.isArray(map.requirements) || map.requirements.length === 0) out.push(`${file}: lists no requirements`);
  for (const r of ruleIds) if (!mapped.has(r)) out.push(`${file}: rule ${r} is not in the coverage map`);
  return out;
}

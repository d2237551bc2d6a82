import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Pack } from './load.js';
import { loadPacks } from './load.js';
import { yamlParse } from '../data-file.js';
import { registryOf } from './registry.js';
import { FIXER_NAMES } from '../fix/names.js';
import { SIGNAL_ENTRIES } from '../signals/vocabulary.js';
import { didYouMean } from '../config/errors.js';

/**
 * `graylint packs lint`: checks what loading cannot: that every condition names a signal of the
 * vocabulary (src/signals/vocabulary.ts, read as a list: no message is run), something the packs
 * decide (class, category, stream, verdict.<law>) or a setting of its pack, with the nearest
 * known name for a typo; that fixers exist; and that a law pack has a complete coverage map.
 * Packs hold no regular expressions and no code, so there is nothing there to backtrack or execute.
 */
export function lintPacks(packs: Pack[]): string[] {
  // Conditions may also name what the packs decide (verdict.<law>): the bundled packs' and these.
  const bundled = loadPacks();
  const context = registryOf([...bundled, ...packs.filter((p) => !bundled.some((b) => b.id === p.id))]).contextNames;
  const known = [...SIGNAL_ENTRIES.keys(), ...context];
  const isKnown = new Set(known);
  const problems: string[] = [];
  for (const p of packs) {
    const settings = Object.keys(p.settings).map((k) => `settings.${k}`);
    const check = (where: string, names: Set<string>) => {
      for (const n of names) {
        if (n.startsWith('settings.')) {
          if (!settings.includes(n)) problems.push(`${p.file}: ${where}: unknown setting "${n}"${didYouMean(n, settings)}`);
        } else if (!isKnown.has(n)) {
          problems.push(`${p.file}: ${where}: unknown signal "${n}"${didYouMean(n, known)}`);
        }
      }
    };
    for (const t of p.classify) check(t.id, t.when.names);
    for (const d of p.doubts) check(d.id, d.when.names);
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
export function coverageProblems(p: Pack): string[] {
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

import { loadPacks, type Pack } from './load.js';
import type { Compiled } from './expr.js';
import type { Stream, Verdict } from '../types.js';

/**
 * What the loaded packs say about the laws they decide and the rules they hold: the one place
 * the rest of graylint learns a law's names, its classes in order of restriction, which of them
 * put a message on the marketing stream, and which rules report a promotion. A law is a pack
 * with a `law:` header; adding one is YAML, never a table in TypeScript.
 */
export interface LawInfo {
  /** The verdict key (the pack's `decides`), e.g. "casl". */
  id: string;
  /** How reports name it in a heading or a table ("Canada CASL"). */
  label: string;
  /** How a sentence names it ("CASL says cem"). */
  short: string;
  /** The code a user puts in `jurisdictions:` ("ca"). */
  jurisdiction: string;
  /** Its classes, from the least to the most restrictive. */
  classes: readonly string[];
  /** The classes that put a message on the marketing stream. */
  marketing: ReadonlySet<string>;
  /** The law's terms explained in a sentence each (the pack's `law.glossary`). */
  glossary: Readonly<Record<string, string>>;
  /** The pack that decides it. */
  pack: string;
  /** Decided only when selected by jurisdiction, never by default. */
  optIn: boolean;
  /** When the message shows the law's audience (for `auto`), and why, in words. */
  audience: ReadonlyArray<{ when: Compiled; because: string }>;
}

export interface Registry {
  /** The laws, in report order (the order the packs were loaded in). */
  laws: readonly LawInfo[];
  law(id: string): LawInfo | undefined;
  /** Whether this class of this law puts a message on the marketing stream. */
  isMarketing(law: string, cls: string): boolean;
  /** Position of a class in its law's order of restriction: higher is stricter; -1 if unknown. */
  rank(law: string, cls: string): number;
  /** Whether a class moved to a more restrictive one under this law (an unknown class never counts). */
  becameStricter(law: string, before: string, after: string): boolean;
  /** The law a jurisdiction code selects. */
  byJurisdiction(code: string): LawInfo | undefined;
  /** Rules tagged `promotional`: their finding's evidence is the promotional element itself. */
  isPromotionalRule(ruleId: string): boolean;
  /** The rules whose finding a named machine fix (`fixer:` in a pack) repairs. */
  rulesWithFixer(fixer: string): ReadonlySet<string>;
  /** The machine fix named by a rule, if any. */
  fixerOf(ruleId: string): string | undefined;
  /** The names a pack condition may use besides signals: class, category, stream, verdict.<key>. */
  contextNames: readonly string[];
}

const cache = new WeakMap<readonly Pack[], Registry>();

/** The registry of a set of loaded packs (built once per set). */
/**
 * The sending stream these laws' verdicts give: marketing when any law's class puts the message on
 * the marketing stream (law.marketing), else transactional. A law with no verdict has no say.
 */
export function streamFor(laws: readonly LawInfo[], verdicts: Readonly<Record<string, Verdict | undefined>>): Stream {
  return laws.some((l) => verdicts[l.id] !== undefined && l.marketing.has(verdicts[l.id]!.class)) ? 'marketing' : 'transactional';
}

export function registryOf(packs: readonly Pack[]): Registry {
  let r = cache.get(packs);
  if (!r) {
    r = buildRegistry(packs);
    cache.set(packs, r);
  }
  return r;
}

function buildRegistry(packs: readonly Pack[]): Registry {
  // Report order: the laws applied by default first, then those for some audiences (each in load order).
  const laws: LawInfo[] = [...packs.filter((p) => !p.law?.optIn), ...packs.filter((p) => p.law?.optIn)]
    .filter((p) => p.law && p.decides)
    .map((p) => ({ id: p.decides!, label: p.law!.label, short: p.law!.short, jurisdiction: p.law!.jurisdiction, classes: p.classes, marketing: new Set(p.law!.marketing), glossary: p.law!.glossary, pack: p.id, optIn: p.law!.optIn, audience: p.law!.audience }));
  const byId = new Map(laws.map((l) => [l.id, l]));
  const byCode = new Map(laws.map((l) => [l.jurisdiction, l]));
  const promotional = new Set(packs.flatMap((p) => p.rules.filter((r) => r.tags.includes('promotional')).map((r) => r.id)));
  const fixers = new Map<string, Set<string>>();
  const fixerOf = new Map<string, string>();
  for (const p of packs) {
    for (const r of p.rules) {
      if (!r.fixer) continue;
      fixers.set(r.fixer, new Set([...(fixers.get(r.fixer) ?? []), r.id]));
      fixerOf.set(r.id, r.fixer);
    }
  }
  const deciders = [...new Set(packs.map((p) => p.decides).filter((d): d is string => !!d))];
  const rank = (law: string, cls: string) => byId.get(law)?.classes.indexOf(cls) ?? -1;
  return {
    laws,
    law: (id) => byId.get(id),
    isMarketing: (law, cls) => byId.get(law)?.marketing.has(cls) ?? false,
    rank,
    becameStricter: (law, before, after) => rank(law, before) >= 0 && rank(law, after) > rank(law, before),
    byJurisdiction: (code) => byCode.get(code),
    isPromotionalRule: (id) => promotional.has(id),
    rulesWithFixer: (fixer) => fixers.get(fixer) ?? new Set(),
    fixerOf: (id) => fixerOf.get(id),
    contextNames: ['class', 'category', 'stream', ...deciders.map((d) => `verdict.${d}`)],
  };
}

let bundled: Registry | null = null;

/** The registry of the bundled packs: the default where a caller gives no packs. */
export function bundledRegistry(): Registry {
  return (bundled ??= registryOf(loadPacks()));
}

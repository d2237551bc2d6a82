import type { Category, Doubted, Evidence, Finding, Law, Location, Signals, Stream, Verdict } from '../types.js';
import type { Pack, Rule, RuleCase } from '../packs/load.js';
import { registryOf, streamFor, type Registry } from '../packs/registry.js';
import { AUTO_JURISDICTION, lowerConfidence, PackError } from '../packs/load.js';
import { ExpressionError, type Env, type Value } from '../packs/expr.js';
import { quoteEvidence } from '../verdicts/quote.js';

export interface Decision {
  category: Category;
  stream: Stream;
  verdicts: Record<Law, Verdict>;
  /** The category pack's own verdict (its test, reason and confidence). */
  categoryVerdict?: Verdict;
  findings: Finding[];
}

/** Per-pack setting values that replace the packs' defaults (from the config). */
export type SettingOverrides = Record<string, Record<string, number>>;

/**
 * Verdicts stage: runs each pack's classification tests (first match wins) and then its rules.
 * The category pack runs first, then the laws, then packs that only report (providers), so
 * rules can refer to `category`, `stream`, `verdict.<law>` and their own pack's `class`.
 */
export function decide(packs: Pack[], signals: Signals, settings: SettingOverrides = {}, optInLaws: readonly string[] = []): Decision {
  const decided: Record<string, Verdict> = {};
  // A law for some audiences only (law.optIn) is decided, and its rules run, only when selected:
  // by name, or with 'auto' when the message shows its audience (law.audience), saying why.
  const registry = registryOf(packs);
  const because = selectedLaws(registry, signals, optInLaws);
  const applied = (p: Pack) => !p.law?.optIn || because.has(p.decides ?? '');
  const ordered = [...packs].filter(applied).sort((a, b) => rank(a) - rank(b));
  for (const pack of ordered) {
    if (!pack.decides || pack.classify.length === 0) continue;
    const env = envFor(pack, signals, decided, settings[pack.id]);
    // The tests in order, up to the first that holds: the verdict's arithmetic, for --explain.
    const tried: Array<{ id: string; class: string; held: boolean }> = [];
    const hit = pack.classify.find((t) => {
      const held = run(pack, t.id, () => t.when.eval(env));
      tried.push({ id: t.id, class: t.class, held });
      return held;
    });
    // A verdict reached on recognised evidence is doubted where careful readers split: medium.
    const ownDoubts = hit!.confidence === 'high' ? pack.doubts.filter((d) => run(pack, d.id, () => d.when.eval(env))).map((d) => doubted(d, signals)) : [];
    const ownConfidence = ownDoubts.length > 0 ? 'medium' : hit!.confidence;
    // A law's verdict is no surer than the category it builds on, and shares its doubts.
    const categoryVerdict = pack.decides === 'category' ? undefined : decided['category'];
    const categoryConfidence = categoryVerdict?.confidence ?? 'high';
    const confidence = lowerConfidence(ownConfidence, categoryConfidence);
    const doubts = [...ownDoubts, ...(confidence === 'medium' ? categoryVerdict?.doubts ?? [] : [])];
    decided[pack.decides] = { class: hit!.class, decidedBy: [hit!.id], reason: hit!.reason, citation: hit!.citation, tests: tried, confidence, ...(doubts.length ? { doubts } : {}) };
  }
  const laws = registry.laws.filter((l) => !l.optIn || because.has(l.id));
  const verdicts: Record<Law, Verdict> = Object.fromEntries(laws.map((l) => {
    const v = decided[l.id] ?? { class: 'unknown', decidedBy: [] };
    return [l.id, l.optIn ? { ...v, appliedBecause: because.get(l.id)! } : v];
  }));
  const stream = streamFor(laws, verdicts);
  decided['stream'] = { class: stream, decidedBy: [] };
  const category = (decided['category']?.class ?? 'transactional') as Category;

  const findings: Finding[] = [];
  for (const pack of ordered) {
    const env = envFor(pack, signals, decided, settings[pack.id]);
    for (const rule of pack.rules) {
      // A removed rule stays in its pack only so that a config naming it is told what replaced it.
      if (rule.status === 'removed') continue;
      if (!run(pack, rule.id, () => rule.when.eval(env))) continue;
      const which = rule.cases.find((c, i) => run(pack, `${rule.id} cases[${i}]`, () => c.when.eval(env)));
      findings.push(findingFor(pack, rule, signals, decided, which));
    }
  }
  return { category, stream, verdicts, categoryVerdict: decided['category'], findings };
}

/**
 * The opt-in laws to decide, each with why: named in `optInLaws` ("selected by jurisdictions"),
 * or, when it holds AUTO_JURISDICTION, shown by the message's audience (the law's first audience
 * entry that holds).
 */
function selectedLaws(registry: Registry, signals: Signals, optInLaws: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const env: Env = (name) => signals.values[name];
  for (const law of registry.laws) {
    if (!law.optIn) continue;
    if (optInLaws.includes(law.id)) out.set(law.id, `selected by jurisdictions (${law.jurisdiction})`);
    else if (optInLaws.includes(AUTO_JURISDICTION)) {
      const hit = law.audience.find((a) => a.when.eval(env));
      if (hit) out.set(law.id, hit.because);
    }
  }
  return out;
}

function rank(p: Pack): number {
  if (p.decides === 'category') return 0;
  if (p.decides) return 1;
  return 2;
}

function run(pack: Pack, id: string, f: () => boolean): boolean {
  try {
    return f();
  } catch (err) {
    if (err instanceof ExpressionError) throw new PackError(`${pack.file}: ${id}: ${err.message}`);
    throw err;
  }
}

function envFor(pack: Pack, signals: Signals, decided: Record<string, Verdict>, overrides: Record<string, number> = {}): Env {
  return (name: string): Value | undefined => {
    if (name in signals.values) return signals.values[name];
    if (name.startsWith('settings.')) return overrides[name.slice(9)] ?? pack.settings[name.slice(9)]?.value;
    if (name === 'class') return pack.decides ? decided[pack.decides]?.class : undefined;
    if (name === 'category' || name === 'stream') return decided[name]?.class;
    if (name.startsWith('verdict.')) return decided[name.slice(8)]?.class;
    return undefined;
  };
}

function findingFor(pack: Pack, rule: Rule, signals: Signals, decided: Record<string, Verdict>, which?: RuleCase): Finding {
  // The first key with evidence: the finding quotes its first item and carries them all.
  let items: Evidence[] = [];
  for (const key of rule.at.split('|').map((k) => k.trim())) {
    items = signals.evidence[key] ?? [];
    if (items.length) break;
  }
  const ev: Evidence | undefined = items[0];
  const scope = ev && (ev.location.scope === 'subject' || ev.location.scope === 'preheader' || ev.location.scope === 'from') ? ev.location.scope : rule.scope;
  // A finding about the headers never carries a body line: the evidence (a footer, say) is not where it is.
  const bodyPlace = scope === 'header' && ev?.location.scope !== 'header';
  const location: Location = bodyPlace ? { scope } : { ...(ev?.location ?? {}), scope };
  const fill = (s: string) =>
    s.replace(/\{(evidence|subject|class)\}/g, (_, k: string) => {
      if (k === 'evidence') return quoteEvidence(ev?.text ?? '');
      if (k === 'subject') return quoteEvidence(signals.evidence['subject']?.[0]?.text ?? '');
      return pack.decides ? (decided[pack.decides]?.class ?? '') : '';
    });
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: fill(which?.message ?? rule.message),
    citation: rule.citation,
    location,
    evidence: ev?.text ?? '',
    fix: fill(which?.fix ?? rule.fix),
    pack: pack.id,
    ...(items.length > 1 ? { evidenceItems: items } : {}),
  };
}

/** A doubt as reported: the first item of its evidence key, when it names one and the message has it. */
function doubted(d: Pack['doubts'][number], signals: Signals): Doubted {
  const item = d.at ? signals.evidence[d.at]?.[0] : undefined;
  return { id: d.id, reason: d.reason, ...(item ? { evidence: { text: item.text, location: item.location } } : {}) };
}

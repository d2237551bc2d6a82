import type { Pack } from '../packs/load.js';
import { bundledRegistry, streamFor, type LawInfo, type Registry } from '../packs/registry.js';
import type { FileResult, Finding, Stream, Verdict } from '../types.js';
import { STREAM_PACK, STREAM_RULE } from './format.js';
import type { FileConfig } from './resolved.js';

export const TRANSACTIONAL_FIX =
  'Remove the promotional content from this template, or move the template to the marketing stream (and send it only with consent, an unsubscribe link and a postal address).';
export const MARKETING_FIX =
  'Move the template to the transactional stream (streams.transactional in graylint.config.yaml), or keep it on the marketing stream if it should only go to subscribers.';

/**
 * The `stream/mismatch` finding for a file declared on a stream (by `streams:` in the config):
 * an error when a file declared transactional is commercial / cem / direct-marketing under any
 * law, info when a file declared marketing has nothing promotional in it; otherwise null.
 */
export function streamFinding(declared: Stream | undefined, result: FileResult, registry: Registry = bundledRegistry()): Finding | null {
  return streamFindingFor(declared, result, registry, registry.laws);
}

function streamFindingFor(declared: Stream | undefined, result: FileResult, registry: Registry, laws: readonly LawInfo[]): Finding | null {
  if (!declared || result.error || !result.verdicts) return null;
  const verdicts = laws.map((law) => [law, result.verdicts![law.id]] as const).filter((e): e is readonly [LawInfo, Verdict] => !!e[1] && e[1].class !== 'unknown');
  if (declared === 'transactional') {
    const disagree = verdicts.filter(([law, v]) => law.marketing.has(v.class));
    if (disagree.length === 0) return null;
    const promo = firstPromotional(result.findings, registry);
    const promotions = everyPromotion(result.findings, registry);
    return {
      ruleId: STREAM_RULE,
      severity: 'error',
      message: `Declared transactional, but ${whatLawsSay(disagree)}.`,
      citation: citations(disagree),
      location: promo ? { ...promo.location } : { scope: 'body' },
      evidence: promo?.evidence ?? '',
      fix: TRANSACTIONAL_FIX,
      pack: STREAM_PACK,
      // Every promotion the message carries: one added to a baselined template is a new mismatch.
      ...(promotions ? { evidenceItems: promotions } : {}),
    };
  }
  // Declared marketing: worth a note only when the message's stream is transactional, i.e. no
  // law (of those applied) finds it promotional. This is result.stream when every law is applied.
  if (verdicts.length === 0 || verdicts.some(([law, v]) => law.marketing.has(v.class))) return null;
  return {
    ruleId: STREAM_RULE,
    severity: 'info',
    message: 'Declared marketing, but nothing in it is promotional; it could go on the transactional stream.',
    citation: citations(verdicts),
    location: { scope: 'body' },
    evidence: '',
    fix: MARKETING_FIX,
    pack: STREAM_PACK,
  };
}

/**
 * Applies a file's config to its result: drops findings whose rule is off (including every rule
 * of a disabled pack), rewrites severities, and adds the stream/mismatch finding (first, so it
 * leads the file's report). Results with an error are returned unchanged. Does not look at
 * `ignored`: the caller skips ignored files before checking them.
 */
export function applyConfig(result: FileResult, fileConfig: FileConfig): FileResult {
  if (result.error) return result;
  // A law whose pack is off for this file has no say: its verdict, if computed, is dropped, and the
  // stream is decided by the selected laws (`--jurisdictions il` means Israel's verdict alone).
  const registry = fileConfig.registry;
  const laws = registry.laws.filter((law) => fileConfig.enabledPacks.has(law.pack));
  const narrowed = selectedLawsOnly(result, registry, laws);
  const findings: Finding[] = [];
  const extra = narrowed.findings.some((f) => f.ruleId === STREAM_RULE) ? null : streamFindingFor(fileConfig.stream, narrowed, registry, laws);
  for (const f of extra ? [extra, ...narrowed.findings] : narrowed.findings) {
    const level = fileConfig.severityOf(f.ruleId, f.severity);
    if (level === 'off') continue;
    findings.push(level === f.severity ? f : { ...f, severity: level });
  }
  return { ...narrowed, findings };
}

/** The result with only the selected laws' verdicts, and the stream they give; unchanged when all were selected. */
function selectedLawsOnly(result: FileResult, registry: Registry, laws: readonly LawInfo[]): FileResult {
  if (!result.verdicts || laws.length === 0) return result;
  const deselected = (id: string) => registry.laws.some((l) => l.id === id) && !laws.some((l) => l.id === id);
  if (!Object.keys(result.verdicts).some(deselected)) return result;
  const verdicts = Object.fromEntries(Object.entries(result.verdicts).filter(([id]) => !deselected(id)));
  return { ...result, verdicts, stream: streamFor(laws, verdicts) };
}

/**
 * The packs to run for a file: only the enabled ones, with settings from the config. Packs are
 * copied, never changed, so one loaded set of packs serves every file.
 */
export function packsFor(packs: readonly Pack[], fileConfig: FileConfig): Pack[] {
  return packs
    .filter((p) => fileConfig.enabledPacks.has(p.id))
    .map((p) => {
      const values = fileConfig.settingsFor(p.id);
      const changed = Object.entries(p.settings).some(([k, s]) => values[k] !== undefined && values[k] !== s.value);
      if (!changed) return p;
      const settings = Object.fromEntries(Object.entries(p.settings).map(([k, s]) => [k, { ...s, value: values[k] ?? s.value }]));
      return { ...p, settings };
    });
}

/** Every promotion the promotional findings cite (the longest list of them), when there are several. */
function everyPromotion(findings: Finding[], registry: Registry): Finding['evidenceItems'] {
  const lists = findings.filter((f) => registry.isPromotionalRule(f.ruleId)).map((f) => f.evidenceItems ?? []);
  const longest = lists.reduce((a, b) => (b.length > a.length ? b : a), []);
  return longest.length ? longest : undefined;
}

/** The first finding about the promotion itself (a rule tagged `promotional`) that has evidence. */
export function firstPromotional(findings: Finding[], registry: Registry): Finding | undefined {
  // The first one in the result's order (category, laws, then providers) that has evidence.
  const promotional = findings.filter((f) => registry.isPromotionalRule(f.ruleId));
  return promotional.find((f) => f.evidence) ?? promotional[0];
}

function citations(verdicts: readonly (readonly [LawInfo, Verdict])[]): string {
  return verdictCitations(verdicts).join('; ');
}

/** Each verdict's citation, which names its own law ("CASL s.1(2)", "16 CFR 316.3(a)(2)"); without one, the test ids. */
export function verdictCitations(verdicts: readonly (readonly [LawInfo, Verdict])[]): string[] {
  return verdicts.map(([, v]) => v.citation || v.decidedBy.join(', ')).filter(Boolean);
}

/** "CASL says cem and EU/UK ePrivacy says direct-marketing": what each law's verdict is, in a sentence. */
export function whatLawsSay(verdicts: readonly (readonly [LawInfo, Verdict])[]): string {
  return list(verdicts.map(([law, v]) => `${law.short} says ${v.class}`));
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

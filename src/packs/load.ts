import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledYaml, yamlParse } from '../data-file.js';
import type { Scope, Severity } from '../types.js';
import { compile, ExpressionError, type Compiled } from './expr.js';

/**
 * Rule packs are YAML under rules/: readable data with an id, description, citation, severity,
 * message and fix per rule, plus the classification tests that decide each law's class.
 * Loading validates everything up front, so a broken pack is one clear error (exit 2), not a
 * surprise halfway through a run.
 */

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SCOPES: Scope[] = ['subject', 'preheader', 'from', 'header', 'body', 'cta', 'footer'];

export class PackError extends Error {}

/** The jurisdiction code that selects the opt-in laws whose audience the message shows (law.audience). */
export const AUTO_JURISDICTION = 'auto';

export interface Setting {
  value: number;
  doc: string;
}

/** How sure a verdict is: high when decided on recognised evidence, low when decided for want of it. */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];

/** The less sure of two confidences. */
export function lowerConfidence(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCES[Math.min(CONFIDENCES.indexOf(a), CONFIDENCES.indexOf(b))]!;
}

export interface ClassifyTest {
  id: string;
  when: Compiled;
  class: string;
  citation: string;
  reason: string;
  /** How sure a verdict decided by this test is (default high). */
  confidence: Confidence;
}

/**
 * A reason to doubt a verdict the pack reached on recognised evidence: a reading where careful
 * readers split (LABELING.md, "Where readings split"). When one holds, the verdict's confidence is
 * medium instead of high and the doubt is reported with it; the class is not changed.
 */
export interface Doubt {
  id: string;
  when: Compiled;
  reason: string;
  citation: string;
  /** Evidence key whose first item is quoted with the doubt (the text it is about), when it has one. */
  at?: string;
}

export interface RuleExample {
  subject?: string;
  from?: string;
  kind?: 'eml' | 'template';
  file?: string;
  content: string;
}

/** What a rule's finding means beyond its law: `promotional` rules point at the promotion itself. */
export const RULE_TAGS = ['promotional'] as const;
export type RuleTag = (typeof RULE_TAGS)[number];

/**
 * A rule's life cycle (ruff's rule groups): `preview` rules run only when a config names them;
 * `deprecated` ones still run, and a config naming them is told what replaces them; `removed` ones
 * never run, and a config naming them is told what replaced them instead of "unknown rule".
 */
export const RULE_STATUSES = ['stable', 'preview', 'deprecated', 'removed'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** A rule's message (and fix) for one situation, e.g. which part of a requirement is missing. */
export interface RuleCase {
  when: Compiled;
  message: string;
  /** The fix for this case; the rule's own fix when absent. */
  fix?: string;
}

export interface Rule {
  id: string;
  description: string;
  citation: string;
  severity: Severity;
  when: Compiled;
  /** Evidence key whose first item gives the finding's evidence and location. */
  at: string;
  scope: Scope;
  message: string;
  fix: string;
  /** Checked in order when the rule fires: the first that holds gives the finding's message and fix; none, the rule's own. */
  cases: RuleCase[];
  examples: { fail: RuleExample; pass: RuleExample };
  tags: RuleTag[];
  /** The machine fix (`graylint check --fix`) that repairs this rule's finding, by name. */
  fixer?: string;
  status: RuleStatus;
  /** For a deprecated or removed rule: the rule that takes its place. */
  replacedBy?: string;
}

/** A law's identity, from a pack's `law:` header (see registry.ts for how it is used). */
export interface LawHeader {
  label: string;
  short: string;
  jurisdiction: string;
  marketing: string[];
  /** The law's own terms (its classes, its jargon) explained in a sentence, for reports. */
  glossary: Record<string, string>;
  /** Decided only when selected (`jurisdictions:`), not by default: a law for some audiences only. */
  optIn: boolean;
  /**
   * When the message shows this law's audience (its language, currency, sender's country), in
   * order: with `auto` among the jurisdictions, the first that holds applies the law and says why.
   */
  audience: Array<{ when: Compiled; because: string }>;
}

export interface Pack {
  id: string;
  name: string;
  /** The verdict key this pack decides (can-spam, casl, gdpr, category), if any. */
  decides?: string;
  /** For a law: its classes from the least to the most restrictive. */
  classes: string[];
  /** Present when the pack decides a law: its names, jurisdiction code and marketing classes. */
  law?: LawHeader;
  /**
   * Where the law's "beginning of the body" ends, as the HTML report draws it: the settings that
   * give the share of the visible body and the minimum characters (CAN-SPAM 316.3(a)(2)(ii)).
   */
  bodyCutoff?: { share: string; minChars: string };
  citation: string;
  version: string;
  settings: Record<string, Setting>;
  classify: ClassifyTest[];
  /** Readings that lower a high-confidence verdict of this pack to medium (see Doubt). */
  doubts: Doubt[];
  rules: Rule[];
  file: string;
}

export function loadPacks(dir = RULES_DIR): Pack[] {
  let packs: Pack[];
  if (resolve(dir) === resolve(RULES_DIR)) {
    // The bundled packs: compiled to JSON at build time (see scripts/compile-data.mjs).
    packs = [...loadBundledYaml(dir, new URL('../data/packs.json', import.meta.url))].map(([f, data]) => validatePack(data, join(dir, f)));
  } else {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      throw new PackError(`${dir}: cannot read the rules folder`);
    }
    packs = files.map((f) => loadPackFile(join(dir, f)));
  }
  return checkAcrossPacks(packs);
}

/**
 * The bundled packs and those in extra folders (`--packs`), as one set: a law added from a
 * folder is a law like the bundled ones. Later folders may not redefine a pack, a law or a
 * jurisdiction code.
 */
export function loadPackSet(extraDirs: readonly string[] = []): Pack[] {
  if (extraDirs.length === 0) return loadPacks();
  return checkAcrossPacks([...loadPacks(), ...extraDirs.flatMap((d) => loadPacks(d))]);
}

function checkAcrossPacks(packs: Pack[]): Pack[] {
  const packIds = new Set<string>();
  const decides = new Set<string>();
  const codes = new Set<string>();
  for (const p of packs) {
    if (packIds.has(p.id)) throw new PackError(`${p.file}: pack id ${p.id} is already loaded`);
    packIds.add(p.id);
    if (p.decides) {
      if (decides.has(p.decides)) throw new PackError(`${p.file}: '${p.decides}' is already decided by another pack`);
      decides.add(p.decides);
    }
    if (p.law) {
      if (codes.has(p.law.jurisdiction)) throw new PackError(`${p.file}: jurisdiction '${p.law.jurisdiction}' is already used by another pack`);
      codes.add(p.law.jurisdiction);
    }
  }
  const ids = new Set<string>();
  for (const p of packs) {
    for (const r of p.rules) {
      if (ids.has(r.id)) throw new PackError(`${p.file}: rule id ${r.id} is defined twice`);
      ids.add(r.id);
    }
  }
  for (const p of packs) {
    for (const r of p.rules) {
      if (r.replacedBy && !ids.has(r.replacedBy)) throw new PackError(`${p.file}: rule ${r.id}: replacedBy '${r.replacedBy}' is not a loaded rule`);
    }
  }
  return packs;
}

export function loadPackFile(file: string): Pack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PackError(`${file}: cannot read`);
  }
  let data: unknown;
  try {
    // No aliases: a YAML alias bomb cannot blow up memory.
    data = yamlParse()(text);
  } catch (err) {
    throw new PackError(`${file}: invalid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return validatePack(data, file);
}

function validatePack(data: unknown, file: string): Pack {
  const fail = (msg: string): never => {
    throw new PackError(`${file}: ${msg}`);
  };
  if (!isObject(data)) return fail('a pack must be a YAML mapping');
  const str = (o: Record<string, unknown>, key: string, where: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || !v.trim()) return fail(`${where}: '${key}' must be a non-empty string`);
    return v.trim();
  };
  const expr = (source: unknown, where: string): Compiled => {
    try {
      return compile(source as string);
    } catch (err) {
      if (err instanceof ExpressionError) return fail(`${where}: ${err.message}`);
      throw err;
    }
  };
  allowKeys(data, ['id', 'name', 'decides', 'law', 'classes', 'citation', 'version', 'description', 'settings', 'bodyCutoff', 'classify', 'doubts', 'rules'], 'pack', fail);
  const id = str(data, 'id', 'pack');
  if (!/^[a-z][a-z0-9-]*$/.test(id)) fail(`pack: id '${id}' must be lowercase letters, digits and hyphens`);
  const settings: Record<string, Setting> = {};
  if (data.settings !== undefined) {
    if (!isObject(data.settings)) fail('settings must be a mapping');
    for (const [k, v] of Object.entries(data.settings as Record<string, unknown>)) {
      if (!isObject(v) || typeof v.value !== 'number') fail(`settings.${k}: needs a numeric 'value' and a 'doc'`);
      settings[k] = { value: (v as { value: number }).value, doc: String((v as { doc?: unknown }).doc ?? '') };
    }
  }
  let bodyCutoff: Pack['bodyCutoff'];
  if (data.bodyCutoff !== undefined) {
    const b = data.bodyCutoff;
    if (!isObject(b) || typeof b.share !== 'string' || typeof b.minChars !== 'string') return fail(`bodyCutoff: needs 'share' and 'minChars', each the name of a setting`);
    for (const k of [b.share, b.minChars]) if (!(k in settings)) fail(`bodyCutoff: '${k}' is not one of this pack's settings`);
    bodyCutoff = { share: b.share, minChars: b.minChars };
  }
  const classes = Array.isArray(data.classes) ? data.classes.map(String) : [];
  const decides = typeof data.decides === 'string' ? data.decides : undefined;
  const law = data.law === undefined ? undefined : lawHeader(data.law, classes, decides, fail);
  const classify: ClassifyTest[] = [];
  if (data.classify !== undefined) {
    if (!Array.isArray(data.classify)) fail('classify must be a list');
    for (const [i, t] of (data.classify as unknown[]).entries()) {
      if (!isObject(t)) fail(`classify[${i}] must be a mapping`);
      const tt = t as Record<string, unknown>;
      allowKeys(tt, ['id', 'when', 'class', 'citation', 'reason', 'confidence'], `classify[${i}]`, fail);
      const confidence = (tt.confidence ?? 'high') as Confidence;
      if (!CONFIDENCES.includes(confidence)) fail(`classify[${i}]: confidence must be one of ${CONFIDENCES.join(', ')}`);
      const cls = str(tt, 'class', `classify[${i}]`);
      if (classes.length && !classes.includes(cls)) fail(`classify[${i}]: class '${cls}' is not one of ${classes.join(', ')}`);
      classify.push({ id: str(tt, 'id', `classify[${i}]`), when: expr(tt.when, `classify ${String(tt.id)}`), class: cls, citation: String(tt.citation ?? ''), reason: str(tt, 'reason', `classify[${i}]`), confidence });
    }
    if (classify.length && classify[classify.length - 1]!.when.source.trim() !== 'true') fail('the last classify test must be `when: "true"` so every message gets a class');
  }
  const doubts: Doubt[] = [];
  if (data.doubts !== undefined) {
    if (!Array.isArray(data.doubts)) fail('doubts must be a list');
    if (!decides) fail(`doubts need 'decides': they qualify the pack's verdict`);
    for (const [i, d] of (data.doubts as unknown[]).entries()) {
      if (!isObject(d)) fail(`doubts[${i}] must be a mapping`);
      const dd = d as Record<string, unknown>;
      allowKeys(dd, ['id', 'when', 'reason', 'citation', 'at'], `doubts[${i}]`, fail);
      const doubtId = str(dd, 'id', `doubts[${i}]`);
      if (!doubtId.startsWith(`${id}/`)) fail(`doubts[${i}]: doubt ids must start with '${id}/'`);
      doubts.push({ id: doubtId, when: expr(dd.when, `doubt ${doubtId}`), reason: str(dd, 'reason', `doubts[${i}]`), citation: String(dd.citation ?? ''), ...(dd.at !== undefined ? { at: str(dd, 'at', `doubts[${i}]`) } : {}) });
    }
  }
  const rules: Rule[] = [];
  if (data.rules !== undefined) {
    if (!Array.isArray(data.rules)) fail('rules must be a list');
    for (const [i, r] of (data.rules as unknown[]).entries()) {
      if (!isObject(r)) fail(`rules[${i}] must be a mapping`);
      const rr = r as Record<string, unknown>;
      const where = `rule ${typeof rr.id === 'string' ? rr.id : `#${i}`}`;
      allowKeys(rr, ['id', 'description', 'citation', 'severity', 'when', 'at', 'scope', 'message', 'fix', 'cases', 'examples', 'tags', 'fixer', 'status', 'replacedBy'], where, fail);
      const ruleId = str(rr, 'id', where);
      if (!ruleId.startsWith(`${id}/`)) fail(`${where}: rule ids must start with '${id}/'`);
      const severity = str(rr, 'severity', where) as Severity;
      if (!SEVERITIES.includes(severity)) fail(`${where}: severity must be one of ${SEVERITIES.join(', ')}`);
      const scope = str(rr, 'scope', where) as Scope;
      if (!SCOPES.includes(scope)) fail(`${where}: scope must be one of ${SCOPES.join(', ')}`);
      const tags = rr.tags === undefined ? [] : rr.tags;
      if (!Array.isArray(tags) || !tags.every((t) => (RULE_TAGS as readonly unknown[]).includes(t))) fail(`${where}: tags must be a list of ${RULE_TAGS.join(', ')}`);
      const status = (rr.status ?? 'stable') as RuleStatus;
      if (!RULE_STATUSES.includes(status)) fail(`${where}: status must be one of ${RULE_STATUSES.join(', ')}`);
      if (rr.fixer !== undefined && (typeof rr.fixer !== 'string' || !/^[a-z][a-z0-9-]*$/.test(rr.fixer))) fail(`${where}: fixer must be the name of a machine fix`);
      if (rr.replacedBy !== undefined && (typeof rr.replacedBy !== 'string' || status === 'stable' || status === 'preview')) fail(`${where}: replacedBy is a rule id, for a deprecated or removed rule`);
      const ex = rr.examples;
      if (!isObject(ex) || !isObject(ex.fail) || !isObject(ex.pass)) fail(`${where}: needs examples.fail and examples.pass`);
      rules.push({
        id: ruleId,
        description: str(rr, 'description', where),
        citation: str(rr, 'citation', where),
        severity,
        when: expr(rr.when, where),
        at: str(rr, 'at', where),
        scope,
        message: str(rr, 'message', where),
        fix: str(rr, 'fix', where),
        cases: ruleCases(rr.cases, where, fail, expr),
        examples: { fail: example((ex as Record<string, unknown>).fail, `${where} examples.fail`, fail), pass: example((ex as Record<string, unknown>).pass, `${where} examples.pass`, fail) },
        tags: tags as RuleTag[],
        ...(typeof rr.fixer === 'string' ? { fixer: rr.fixer } : {}),
        status,
        ...(typeof rr.replacedBy === 'string' ? { replacedBy: rr.replacedBy } : {}),
      });
    }
  }
  return {
    id,
    name: str(data, 'name', 'pack'),
    decides,
    classes,
    ...(law ? { law } : {}),
    ...(bodyCutoff ? { bodyCutoff } : {}),
    citation: String(data.citation ?? ''),
    version: String(data.version ?? '0.0.0'),
    settings,
    classify,
    doubts,
    rules,
    file,
  };
}

function lawHeader(v: unknown, classes: string[], decides: string | undefined, fail: (m: string) => never): LawHeader {
  if (!isObject(v)) return fail(`law: must be a mapping with label, short, jurisdiction and marketing`);
  allowKeys(v, ['label', 'short', 'jurisdiction', 'marketing', 'glossary', 'optIn', 'audience'], 'law', fail);
  if (v.optIn !== undefined && typeof v.optIn !== 'boolean') fail(`law: 'optIn' must be true or false`);
  const text = (k: string): string => {
    const s = v[k];
    if (typeof s !== 'string' || !s.trim()) return fail(`law: '${k}' must be a non-empty string`);
    return s.trim();
  };
  if (!decides) fail(`law: a law pack needs 'decides' (its verdict key)`);
  if (decides === AUTO_JURISDICTION) fail(`decides: '${AUTO_JURISDICTION}' is reserved`);
  if (classes.length < 2) fail(`law: a law needs 'classes', at least two, from the least to the most restrictive`);
  const jurisdiction = text('jurisdiction');
  if (!/^[a-z]{2,8}$/.test(jurisdiction)) fail(`law: jurisdiction '${jurisdiction}' must be a short lowercase code such as 'ca'`);
  const marketing = v.marketing;
  if (!Array.isArray(marketing) || marketing.length === 0) return fail(`law: 'marketing' must list the classes that put a message on the marketing stream`);
  for (const m of marketing) if (!classes.includes(String(m))) fail(`law: marketing class '${String(m)}' is not one of ${classes.join(', ')}`);
  const glossary: Record<string, string> = {};
  if (v.glossary !== undefined) {
    if (!isObject(v.glossary)) fail(`law: 'glossary' must map each term to a sentence`);
    for (const [term, meaning] of Object.entries(v.glossary as Record<string, unknown>)) {
      if (typeof meaning !== 'string' || !meaning.trim()) fail(`law: glossary '${term}' needs a sentence`);
      glossary[term] = (meaning as string).trim();
    }
  }
  const audience: LawHeader['audience'] = [];
  if (v.audience !== undefined) {
    if (!Array.isArray(v.audience)) fail(`law: 'audience' must be a list of { when, because }`);
    for (const [i, a] of (v.audience as unknown[]).entries()) {
      if (!isObject(a) || typeof a.when !== 'string' || typeof a.because !== 'string' || !a.because.trim()) fail(`law: audience[${i}] needs 'when' (a condition) and 'because' (why the law applies, in words)`);
      const entry = a as { when: string; because: string };
      let when: Compiled;
      try {
        when = compile(entry.when);
      } catch (err) {
        return fail(`law: audience[${i}]: ${(err as Error).message}`);
      }
      audience.push({ when, because: entry.because.trim() });
    }
    if (audience.length && v.optIn !== true) fail(`law: 'audience' is for an opt-in law (optIn: true); a law applied by default needs none`);
  }
  if (jurisdiction === AUTO_JURISDICTION) fail(`law: jurisdiction '${AUTO_JURISDICTION}' is reserved (it selects laws by audience)`);
  return { label: text('label'), short: text('short'), jurisdiction, marketing: marketing.map(String), glossary, optIn: v.optIn === true, audience };
}

function ruleCases(v: unknown, where: string, fail: (m: string) => never, expr: (source: unknown, where: string) => Compiled): RuleCase[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(`${where}: cases must be a list`);
  return v.map((c, i) => {
    const at = `${where} cases[${i}]`;
    if (!isObject(c)) return fail(`${at} must be a mapping`);
    allowKeys(c, ['when', 'message', 'fix'], at, fail);
    if (typeof c.message !== 'string' || !c.message.trim()) return fail(`${at}: 'message' must be a non-empty string`);
    if (c.fix !== undefined && (typeof c.fix !== 'string' || !c.fix.trim())) return fail(`${at}: 'fix' must be a non-empty string`);
    return { when: expr(c.when, at), message: c.message.trim(), fix: typeof c.fix === 'string' ? c.fix.trim() : undefined };
  });
}

function example(v: unknown, where: string, fail: (m: string) => never): RuleExample {
  const o = v as Record<string, unknown>;
  if (typeof o.content !== 'string') fail(`${where}: needs 'content' (the message or template text)`);
  return {
    content: o.content as string,
    subject: typeof o.subject === 'string' ? o.subject : undefined,
    from: typeof o.from === 'string' ? o.from : undefined,
    kind: o.kind === 'eml' ? 'eml' : o.kind === 'template' ? 'template' : undefined,
  };
}

function allowKeys(o: Record<string, unknown>, allowed: string[], where: string, fail: (m: string) => never): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}: unknown key '${k}'`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

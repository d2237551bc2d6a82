import { AUTO_JURISDICTION, type Pack } from '../packs/load.js';
import { registryOf } from '../packs/registry.js';
import { CONFIGURABLE_BUILTIN_RULES } from '../builtin/index.js';
import type { Sender, Severity, Stream } from '../types.js';
import { ConfigError, didYouMean } from './errors.js';
import { streamMismatch } from '../builtin/stream-mismatch.js';

/**
 * The config file format (graylint.config.yaml and the presets in rules/presets/), and its strict
 * validation: unknown keys, wrong types, unknown rule ids, pack ids, settings, jurisdictions and
 * presets are all errors, each one line naming the file.
 */

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
export const STREAMS: readonly Stream[] = ['transactional', 'marketing'];

/** A jurisdiction code ("us", "ca", …): the `law.jurisdiction` of a loaded law pack. */
export type Jurisdiction = string;

/** The pack that `providers: false` turns off. */
export const PROVIDERS_PACK = 'providers';

/** The finding this module adds (declared stream vs. verdicts); configurable like a pack rule. */
export const STREAM_PACK = 'stream';
export const STREAM_RULE = streamMismatch.meta.id;
/** Findings from graylint itself that a config may set the level of, like pack rules. */
export const BUILTIN_CONFIGURABLE_RULES = CONFIGURABLE_BUILTIN_RULES.filter((id) => id !== STREAM_RULE);
export const STREAM_RULE_DESCRIPTION =
  'A template declared on one stream (streams: in the config) whose verdicts put it on the other: an error for a promotional message declared transactional, info for a non-promotional message declared marketing.';

/** What a config layer may set; the top level and each entry of `overrides` are layers. */
export interface ConfigLayer {
  rules?: Record<string, RuleLevel>;
  /** Remaps pack severities, e.g. { warning: 'error' } (the strict preset). Explicit `rules` entries win. */
  severities?: Partial<Record<Severity, RuleLevel>>;
  settings?: Record<string, number>;
  jurisdictions?: Jurisdiction[];
  providers?: boolean;
  /** What the sender is, which no message says reliably (types.ts, Sender). */
  sender?: Sender;
}

export interface OverrideData extends ConfigLayer {
  files: string[];
}

/** One validated config or preset file. */
export interface ConfigData extends ConfigLayer {
  extends?: string[];
  ignores?: string[];
  streams?: Partial<Record<Stream, string[]>>;
  overrides?: OverrideData[];
}

const LAYER_KEYS = ['rules', 'severities', 'settings', 'jurisdictions', 'providers', 'sender'] as const;
const SENDER_KEYS = ['nonprofit'] as const;
export const TOP_KEYS = ['extends', ...LAYER_KEYS, 'ignores', 'streams', 'overrides'] as const;
export const OVERRIDE_KEYS = ['files', ...LAYER_KEYS] as const;

export interface Vocabulary {
  /** Every rule id that may be configured (pack rules and stream/mismatch). */
  ruleIds: Set<string>;
  /** Every pack id (plus 'stream'), for `<pack>/*` wildcards. */
  packIds: Set<string>;
  /** `<pack>.<setting>` → default value. */
  settings: Map<string, number>;
  /** Preset names available to `extends`. */
  presets: string[];
  /** Jurisdiction code → the pack of the law it turns on, in report order. */
  jurisdictions: Map<string, string>;
  /** Rules that are not stable: deprecated and removed ones, with what replaces them. */
  lifecycle: Map<string, { status: 'deprecated' | 'removed'; replacedBy?: string }>;
  /** Collects one line per deprecated rule a config names (shown on stderr, never an error). */
  notices: string[];
}

export function vocabulary(packs: Pack[], presets: string[]): Vocabulary {
  const ruleIds = new Set<string>(packs.flatMap((p) => p.rules.filter((r) => r.status !== 'removed').map((r) => r.id)));
  const lifecycle: Vocabulary['lifecycle'] = new Map();
  for (const p of packs) {
    for (const r of p.rules) if (r.status === 'deprecated' || r.status === 'removed') lifecycle.set(r.id, { status: r.status, ...(r.replacedBy ? { replacedBy: r.replacedBy } : {}) });
  }
  ruleIds.add(STREAM_RULE);
  for (const id of BUILTIN_CONFIGURABLE_RULES) ruleIds.add(id);
  const packIds = new Set<string>(packs.map((p) => p.id));
  packIds.add(STREAM_PACK);
  const settings = new Map<string, number>();
  for (const p of packs) for (const [k, s] of Object.entries(p.settings)) settings.set(`${p.id}.${k}`, s.value);
  const laws = registryOf(packs).laws;
  const jurisdictions = new Map(laws.map((l) => [l.jurisdiction, l.pack]));
  // 'auto' applies the opt-in laws whose audience a message shows (when there are any).
  if (laws.some((l) => l.audience.length)) jurisdictions.set(AUTO_JURISDICTION, 'laws by audience');
  return { ruleIds, packIds, settings, presets, jurisdictions, lifecycle, notices: [] };
}

/** Validates parsed YAML as a config file. `file` is the path shown in error messages. */
export function validateConfig(data: unknown, file: string, vocab: Vocabulary): ConfigData {
  const fail = (where: string, msg: string): never => {
    throw new ConfigError(file, where ? `${where}: ${msg}` : msg);
  };
  if (data === null || data === undefined) return {};
  if (!isMapping(data)) return fail('', `a config file must be a YAML mapping, got ${describe(data)}`);
  checkKeys(data, TOP_KEYS, '', fail);
  const out: ConfigData = {};
  if (data.extends !== undefined) out.extends = presetList(data.extends, vocab, fail);
  Object.assign(out, layer(data, '', vocab, fail));
  if (data.ignores !== undefined) out.ignores = globs(data.ignores, 'ignores', fail);
  if (data.streams !== undefined) {
    const s = data.streams;
    if (!isMapping(s)) return fail('', `'streams' must be a mapping of transactional and marketing to lists of globs, got ${describe(s)}`);
    checkKeys(s, STREAMS, 'streams', fail, 'stream');
    out.streams = {};
    for (const name of STREAMS) if (s[name] !== undefined) out.streams[name] = globs(s[name], `streams.${name}`, fail);
  }
  if (data.overrides !== undefined) {
    if (!Array.isArray(data.overrides)) return fail('', `'overrides' must be a list of mappings with 'files', got ${describe(data.overrides)}`);
    out.overrides = data.overrides.map((o: unknown, i: number): OverrideData => {
      const where = `overrides[${i}]`;
      if (!isMapping(o)) return fail(where, `must be a mapping with 'files', got ${describe(o)}`);
      checkKeys(o, OVERRIDE_KEYS, where, fail);
      if (o.files === undefined) return fail(where, `needs 'files', a list of globs`);
      const files = globs(o.files, `${where}.files`, fail);
      if (files.length === 0) return fail(`${where}.files`, 'must list at least one glob');
      return { files, ...layer(o, where, vocab, fail) };
    });
  }
  return out;
}

type Fail = (where: string, msg: string) => never;

function layer(o: Record<string, unknown>, where: string, vocab: Vocabulary, fail: Fail): ConfigLayer {
  const at = (key: string) => (where ? `${where}.${key}` : key);
  const out: ConfigLayer = {};
  if (o.rules !== undefined) {
    const rules = o.rules;
    if (!isMapping(rules)) return fail(where, `'rules' must be a mapping of rule ids to off, info, warning or error, got ${describe(rules)}`);
    out.rules = {};
    for (const [id, level] of Object.entries(rules)) {
      checkRuleId(id, at('rules'), vocab, fail);
      out.rules[id] = ruleLevel(level, `${at('rules')}.${id}`, fail);
    }
  }
  if (o.severities !== undefined) {
    const sev = o.severities;
    if (!isMapping(sev)) return fail(where, `'severities' must be a mapping such as { warning: error }, got ${describe(sev)}`);
    checkKeys(sev, SEVERITIES, at('severities'), fail, 'severity');
    out.severities = {};
    for (const [k, level] of Object.entries(sev)) out.severities[k as Severity] = ruleLevel(level, `${at('severities')}.${k}`, fail);
  }
  if (o.settings !== undefined) {
    const settings = o.settings;
    if (!isMapping(settings)) return fail(where, `'settings' must be a mapping of <pack>.<setting> to numbers, got ${describe(settings)}`);
    out.settings = {};
    for (const [key, value] of Object.entries(settings)) {
      checkSettingKey(key, at('settings'), vocab, fail);
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${at('settings')}.${key}`, `must be a number, got ${describe(value)}`);
      out.settings[key] = value as number;
    }
  }
  if (o.jurisdictions !== undefined) {
    const j = o.jurisdictions;
    const codes = [...vocab.jurisdictions.keys()];
    if (!Array.isArray(j)) return fail(where, `'jurisdictions' must be a list of ${codes.join(', ')}, got ${describe(j)}`);
    out.jurisdictions = [];
    for (const code of j as unknown[]) {
      if (typeof code !== 'string') return fail(at('jurisdictions'), `must be a list of ${codes.join(', ')}, got ${describe(code)}`);
      if (!vocab.jurisdictions.has(code)) {
        const byPack = codes.find((k) => vocab.jurisdictions.get(k) === code);
        const hint = byPack ? ` (use '${byPack}' for the ${code} pack)` : didYouMean(code, codes);
        return fail(at('jurisdictions'), `unknown jurisdiction '${code}'${hint}; use ${codes.map((k) => `${k} (${vocab.jurisdictions.get(k)})`).join(', ')}`);
      }
      if (!out.jurisdictions.includes(code)) out.jurisdictions.push(code);
    }
  }
  if (o.providers !== undefined) {
    if (typeof o.providers !== 'boolean') return fail(where, `'providers' must be true or false, got ${describe(o.providers)}`);
    out.providers = o.providers;
  }
  if (o.sender !== undefined) {
    const s = o.sender;
    if (!isMapping(s)) return fail(where, `'sender' must be a map (e.g. { nonprofit: true }), got ${describe(s)}`);
    checkKeys(s, SENDER_KEYS, at('sender'), fail);
    if (s.nonprofit !== undefined && typeof s.nonprofit !== 'boolean') return fail(at('sender'), `'nonprofit' must be true or false, got ${describe(s.nonprofit)}`);
    out.sender = s.nonprofit === undefined ? {} : { nonprofit: s.nonprofit };
  }
  return out;
}

function checkRuleId(id: string, where: string, vocab: Vocabulary, fail: Fail): void {
  if (id.endsWith('/*')) {
    const pack = id.slice(0, -2);
    if (!vocab.packIds.has(pack)) fail(where, `unknown pack '${pack}' in '${id}'${didYouMean(pack, vocab.packIds)}`);
    return;
  }
  const life = vocab.lifecycle.get(id);
  const instead = life?.replacedBy ? `; use '${life.replacedBy}'` : '';
  if (life?.status === 'removed') fail(where, `rule '${id}' was removed${instead}`);
  if (life?.status === 'deprecated') vocab.notices.push(`${where}: rule '${id}' is deprecated${instead}`);
  if (vocab.ruleIds.has(id)) return;
  const slash = id.indexOf('/');
  const pack = slash < 0 ? '' : id.slice(0, slash);
  if (slash > 0 && !vocab.packIds.has(pack)) {
    const p = didYouMean(pack, vocab.packIds);
    if (p) fail(where, `unknown pack '${pack}' in rule '${id}'${p}`);
  }
  if (id.includes('*')) fail(where, `'${id}': only whole-pack wildcards ('<pack>/*') are supported`);
  fail(where, `unknown rule '${id}'${didYouMean(id, vocab.ruleIds)}`);
}

function checkSettingKey(key: string, where: string, vocab: Vocabulary, fail: Fail): void {
  if (vocab.settings.has(key)) return;
  const dot = key.indexOf('.');
  if (dot > 0) {
    const pack = key.slice(0, dot);
    if (!vocab.packIds.has(pack)) fail(where, `unknown pack '${pack}' in '${key}'${didYouMean(pack, vocab.packIds)}`);
  }
  const known = [...vocab.settings.keys()];
  fail(where, `unknown setting '${key}'${didYouMean(key, known)}; settings are ${known.join(', ') || '(none)'}`);
}

function ruleLevel(v: unknown, where: string, fail: Fail): RuleLevel {
  if (typeof v === 'string' && (RULE_LEVELS as string[]).includes(v)) return v as RuleLevel;
  const hint = typeof v === 'string' ? didYouMean(v, RULE_LEVELS) : v === false ? " (write 'off')" : '';
  return fail(where, `must be one of ${RULE_LEVELS.join(', ')}, got ${describe(v)}${hint}`);
}

function presetList(v: unknown, vocab: Vocabulary, fail: Fail): string[] {
  const names = typeof v === 'string' ? [v] : Array.isArray(v) ? (v as unknown[]) : null;
  if (!names) return fail('', `'extends' must be a preset name or a list of them, got ${describe(v)}`);
  return names.map((n) => {
    if (typeof n !== 'string') return fail('extends', `must name presets, got ${describe(n)}`);
    if (!vocab.presets.includes(n)) return fail('', `unknown preset '${n}'${didYouMean(n, vocab.presets)}; presets are ${vocab.presets.join(', ') || '(none)'}`);
    return n;
  });
}

function globs(v: unknown, where: string, fail: Fail): string[] {
  if (!Array.isArray(v)) return fail(where, `must be a list of globs, got ${describe(v)}`);
  return (v as unknown[]).map((g, i) => {
    if (typeof g !== 'string' || !g.trim()) return fail(`${where}[${i}]`, `must be a non-empty glob string, got ${describe(g)}`);
    return g.trim();
  });
}

function checkKeys(o: Record<string, unknown>, allowed: readonly string[], where: string, fail: Fail, noun = 'key'): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) fail(where, `unknown ${noun} '${k}'${didYouMean(k, allowed)}`);
  }
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v) && !(v instanceof Date) && !(v instanceof Map) && !(v instanceof Set);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 37)}...` : v}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isMapping(v)) return 'a mapping';
  return `a ${typeof v === 'object' ? (v.constructor?.name ?? 'value') : typeof v}`;
}

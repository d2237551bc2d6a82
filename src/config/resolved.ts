import { isAbsolute, relative, resolve, sep } from 'node:path';
import { picomatch, yaml } from '../lazy.js';
import type { Pack } from '../packs/load.js';
import { registryOf, type Registry } from '../packs/registry.js';
import { AUTO_JURISDICTION } from '../packs/load.js';
import type { Sender, Severity, Stream } from '../types.js';
import { ConfigError } from './errors.js';
import {
  PROVIDERS_PACK,
  STREAM_PACK,
  STREAM_RULE,
  STREAMS,
  type ConfigData,
  type ConfigLayer,
  type Jurisdiction,
  type RuleLevel,
} from './format.js';

/** What the config says about one file. */
export interface FileConfig {
  /** The path as matched: relative to the config file's folder, with forward slashes. */
  readonly file: string;
  /** Matched by `ignores`: the caller should not check the file. */
  readonly ignored: boolean;
  /** The stream the file is declared on by `streams`, if any. */
  readonly stream?: Stream;
  readonly jurisdictions: readonly Jurisdiction[];
  readonly providers: boolean;
  /** Ids of the packs to run for this file (category and custom packs always; laws by jurisdiction; providers unless off). */
  readonly enabledPacks: Set<string>;
  /** The laws and rules of the loaded packs (names, classes, tags). */
  readonly registry: Registry;
  /** The level of a rule for this file, given the severity its pack declares. 'off' for rules of disabled packs. */
  severityOf(ruleId: string, packSeverity: Severity): Severity | 'off';
  /** A pack's settings for this file: the pack's defaults overridden by the config. */
  settingsFor(packId: string): Record<string, number>;
  /** Every pack's settings for this file, by pack id: the `settings` a check of this file takes. */
  packSettings(): Record<string, Record<string, number>>;
  /** The opt-in laws selected for this file (ids): the `optInLaws` a check of this file takes. */
  optInLaws(): string[];
  /** What the config says of the sender (`sender:`): the `sender` a check of this file takes. */
  readonly sender: Sender;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, or null when none was found (the defaults apply). */
  readonly file: string | null;
  /** Folder that globs are matched against: the config file's, or cwd without a config file. */
  readonly dir: string;
  /** Folder that relative paths given to forFile/print are resolved against. */
  readonly cwd: string;
  /** Presets applied, in the order they apply (a preset before the file that extends it). */
  readonly presets: readonly string[];
  /** Top-level values (before per-file overrides). */
  readonly jurisdictions: readonly Jurisdiction[];
  readonly providers: boolean;
  readonly ignores: readonly string[];
  readonly streams: Readonly<Record<Stream, readonly string[]>>;
  readonly packs: readonly Pack[];
  /** One line per thing worth saying that is not an error (a deprecated rule named). */
  readonly notices: readonly string[];
  /** A path (absolute, or relative to cwd) as matched by the globs: relative to `dir`, forward slashes. */
  relativePath(path: string): string;
  /** The config for one file (path absolute or relative to cwd). Throws ConfigError when the file is in both streams. */
  forFile(path: string): FileConfig;
  /** The resolved config for one file as YAML (for --print-config FILE). */
  print(path: string): string;
}

/** One config file (the user's or a preset) in application order. */
export interface SourceConfig {
  source: string;
  data: ConfigData;
}

interface Glob {
  pattern: string;
  source: string;
  match: (path: string) => boolean;
}

interface Layer {
  source: string;
  /** Undefined for a file's top level (applies everywhere); the override's globs otherwise. */
  files?: Glob[];
  data: ConfigLayer;
}

export function createResolvedConfig(init: {
  file: string | null;
  display: string | null;
  dir: string;
  cwd: string;
  packs: Pack[];
  sources: SourceConfig[];
  presets: string[];
  notices?: string[];
}): ResolvedConfig {
  const { file, display, dir, cwd, packs, sources, presets } = init;
  const layers: Layer[] = [];
  const ignores: Glob[] = [];
  const streams: Record<Stream, Glob[]> = { transactional: [], marketing: [] };
  for (const { source, data } of sources) {
    const { extends: _e, ignores: ign, streams: str, overrides, ...base } = data;
    layers.push({ source, data: base });
    for (const [i, o] of (overrides ?? []).entries()) {
      const { files, ...rest } = o;
      layers.push({ source, files: files.map((g, j) => compileGlob(g, source, `overrides[${i}].files[${j}]`)), data: rest });
    }
    for (const [i, g] of (ign ?? []).entries()) ignores.push(compileGlob(g, source, `ignores[${i}]`));
    for (const s of STREAMS) for (const [i, g] of (str?.[s] ?? []).entries()) streams[s].push(compileGlob(g, source, `streams.${s}[${i}]`));
  }

  const packIds = new Set(packs.map((p) => p.id));
  // Preview rules run only for a config that names them (ruff's preview rules).
  const preview = new Set(packs.flatMap((p) => p.rules.filter((r) => r.status === 'preview').map((r) => r.id)));
  const registry = registryOf(packs);
  // By default every law that is not opt-in; an opt-in law only where `jurisdictions:` names it.
  // The default: every law that is not opt-in, plus `auto` (an opt-in law applies when the message
  // shows its audience) when some law declares one.
  const allJurisdictions = [...registry.laws.filter((l) => !l.optIn).map((l) => l.jurisdiction), ...(registry.laws.some((l) => l.audience.length) ? [AUTO_JURISDICTION] : [])];
  const relativePath = (path: string): string => {
    const abs = isAbsolute(path) ? path : resolve(cwd, path);
    const rel = relative(dir, abs).split(sep).join('/');
    return rel === '' ? '.' : rel;
  };
  const inside = (rel: string) => rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
  const topLevel = resolveLayers(layers.filter((l) => !l.files), allJurisdictions);

  const forFile = (path: string): FileConfig => {
    const rel = relativePath(path);
    const within = inside(rel);
    const matches = (globs: Glob[]) => (within ? globs.find((g) => g.match(rel)) : undefined);
    const ignored = !!matches(ignores);
    let stream: Stream | undefined;
    if (!ignored) {
      const t = matches(streams.transactional);
      const m = matches(streams.marketing);
      if (t && m) {
        throw new ConfigError(display ?? t.source, `${rel} is in both streams: it matches streams.transactional '${t.pattern}' and streams.marketing '${m.pattern}'`);
      }
      stream = t ? 'transactional' : m ? 'marketing' : undefined;
    }
    const active = layers.filter((l) => !l.files || (within && l.files.some((g) => g.match(rel))));
    const r = resolveLayers(active, allJurisdictions);
    const enabledPacks = new Set(
      packs
        .map((p) => p.id)
        .filter((id) => {
          const law = registry.laws.find((l) => l.pack === id);
          if (law) return r.jurisdictions.includes(law.jurisdiction) || (law.audience.length > 0 && r.jurisdictions.includes(AUTO_JURISDICTION));
          if (id === PROVIDERS_PACK) return r.providers;
          return true;
        }),
    );
    const settings = new Map<string, Record<string, number>>();
    for (const p of packs) settings.set(p.id, Object.fromEntries(Object.entries(p.settings).map(([k, s]) => [k, s.value])));
    for (const [key, value] of Object.entries(r.settings)) {
      const dot = key.indexOf('.');
      const bag = settings.get(key.slice(0, dot));
      if (bag) bag[key.slice(dot + 1)] = value;
    }
    return {
      file: rel,
      ignored,
      stream,
      jurisdictions: r.jurisdictions,
      providers: r.providers,
      sender: { ...r.sender },
      enabledPacks,
      registry,
      severityOf(ruleId: string, packSeverity: Severity): Severity | 'off' {
        const slash = ruleId.indexOf('/');
        const pack = slash < 0 ? ruleId : ruleId.slice(0, slash);
        if (pack !== STREAM_PACK && packIds.has(pack) && !enabledPacks.has(pack)) return 'off';
        let level: RuleLevel = r.severities[packSeverity] ?? packSeverity;
        if (preview.has(ruleId)) level = 'off';
        for (const rules of r.rules) {
          const v = rules[ruleId] ?? (preview.has(ruleId) ? undefined : rules[`${pack}/*`]);
          if (v !== undefined) level = v;
        }
        return level;
      },
      settingsFor(packId: string): Record<string, number> {
        return { ...(settings.get(packId) ?? {}) };
      },
      optInLaws(): string[] {
        const named = registry.laws.filter((l) => l.optIn && r.jurisdictions.includes(l.jurisdiction)).map((l) => l.id);
        return r.jurisdictions.includes(AUTO_JURISDICTION) ? [...named, AUTO_JURISDICTION] : named;
      },
      packSettings(): Record<string, Record<string, number>> {
        return Object.fromEntries(packs.map((p) => [p.id, this.settingsFor(p.id)]));
      },
    };
  };

  const print = (path: string): string => {
    const fc = forFile(path);
    const rules: Record<string, string> = {};
    for (const p of packs) for (const rule of p.rules) rules[rule.id] = fc.severityOf(rule.id, rule.severity);
    rules[STREAM_RULE] = fc.severityOf(STREAM_RULE, 'error');
    const settings: Record<string, number> = {};
    for (const p of packs) for (const [k, v] of Object.entries(fc.settingsFor(p.id))) settings[`${p.id}.${k}`] = v;
    const doc = {
      file: fc.file,
      config: display,
      extends: [...presets],
      ignored: fc.ignored,
      stream: fc.stream ?? null,
      jurisdictions: [...fc.jurisdictions],
      providers: fc.providers,
      sender: { nonprofit: fc.sender.nonprofit ?? false },
      packs: packs.map((p) => p.id).filter((id) => fc.enabledPacks.has(id)),
      rules,
      settings,
    };
    // yaml and picomatch are loaded on first use (src/lazy.ts): a check without a config file needs neither.
    const { Document, isSeq, visit } = yaml();
    const out = new Document(doc);
    visit(out, (_key, node) => {
      if (isSeq(node)) node.flow = true;
    });
    out.commentBefore = ` graylint config for ${fc.file}${display ? ` (from ${display})` : ' (defaults: no config file found)'}`;
    return out.toString({ lineWidth: 0, flowCollectionPadding: false });
  };

  return {
    file,
    dir,
    cwd,
    presets: [...presets],
    jurisdictions: topLevel.jurisdictions,
    providers: topLevel.providers,
    ignores: ignores.map((g) => g.pattern),
    streams: { transactional: streams.transactional.map((g) => g.pattern), marketing: streams.marketing.map((g) => g.pattern) },
    packs,
    notices: [...(init.notices ?? [])],
    relativePath,
    forFile,
    print,
  };
}

interface Resolved {
  jurisdictions: Jurisdiction[];
  providers: boolean;
  sender: Sender;
  severities: Partial<Record<Severity, RuleLevel>>;
  settings: Record<string, number>;
  /** Each layer's rules, in order: a later layer wins; within one layer an exact id beats `<pack>/*`. */
  rules: Record<string, RuleLevel>[];
}

function resolveLayers(layers: Layer[], allJurisdictions: readonly Jurisdiction[]): Resolved {
  const out: Resolved = { jurisdictions: [...allJurisdictions], providers: true, sender: {}, severities: {}, settings: {}, rules: [] };
  for (const { data } of layers) {
    if (data.jurisdictions) out.jurisdictions = [...data.jurisdictions];
    if (data.providers !== undefined) out.providers = data.providers;
    Object.assign(out.sender, data.sender ?? {});
    Object.assign(out.severities, data.severities ?? {});
    Object.assign(out.settings, data.settings ?? {});
    if (data.rules) out.rules.push(data.rules);
  }
  return out;
}

/**
 * Globs are relative to the config file's folder. A leading './' or '/' is dropped, and a glob
 * also matches everything below the folder it names ('vendor' and 'vendor/' ignore vendor/**).
 */
function compileGlob(pattern: string, source: string, where: string): Glob {
  const p = pattern.replace(/^\.\/+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (!p) throw new ConfigError(source, `${where}: '${pattern}' matches nothing`);
  let match: (path: string) => boolean;
  try {
    match = picomatch()(p.endsWith('/**') ? p : [p, `${p}/**`], { dot: true });
  } catch (err) {
    throw new ConfigError(source, `${where}: invalid glob '${pattern}' (${(err as Error).message})`);
  }
  return { pattern, source, match };
}

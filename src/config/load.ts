import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yaml } from '../lazy.js';
import type { Pack } from '../packs/load.js';
import { ConfigError } from './errors.js';
import { validateConfig, vocabulary, type ConfigData, type Vocabulary } from './format.js';
import { createResolvedConfig, type ResolvedConfig, type SourceConfig } from './resolved.js';

/** File names looked for in each folder, from cwd up to the filesystem root. */
export const CONFIG_FILE_NAMES = ['graylint.config.yaml', 'graylint.config.yml'] as const;

/** Built-in presets (`extends: recommended`), in the config format. */
export const PRESETS_DIR = fileURLToPath(new URL('../../rules/presets/', import.meta.url));

/** How many `extends` hops a chain of presets may have. */
export const MAX_EXTENDS_DEPTH = 5;

/** Config files are small; anything bigger is refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadConfigOptions {
  /** Where discovery starts, and what relative paths given to forFile/print are resolved against. */
  cwd: string;
  /** An explicit config file (absolute or relative to cwd); no discovery happens then. */
  configFile?: string;
  /** The loaded rule packs: their rule ids, pack ids and settings are the config's vocabulary. */
  packs: Pack[];
  /** Where presets live (default: rules/presets/ of this package). */
  presetsDir?: string;
  /** Jurisdiction codes given on the command line (--jurisdictions): they replace the config's, for every file. */
  jurisdictions?: string[];
}

/**
 * Finds and loads the config: `configFile` when given, else the nearest graylint.config.yaml
 * (or .yml) in cwd or a parent folder. Without one, returns the defaults (every jurisdiction,
 * providers on, every rule at its pack severity). Throws ConfigError on any problem.
 */
export function loadConfig(opts: LoadConfigOptions): ResolvedConfig {
  const cwd = resolve(opts.cwd);
  const presetsDir = opts.presetsDir ?? PRESETS_DIR;
  const vocab = vocabulary(opts.packs, listPresets(presetsDir));
  const show = (abs: string) => displayPath(abs, cwd);

  const file = opts.configFile !== undefined ? resolve(cwd, opts.configFile) : findConfigFile(cwd);
  // --jurisdictions is validated like the config key, and applies last (over every override).
  const cli: SourceConfig[] = opts.jurisdictions ? [{ source: '--jurisdictions', data: validateConfig({ jurisdictions: opts.jurisdictions }, '--jurisdictions', vocab) }] : [];
  if (file === null) {
    return createResolvedConfig({ file: null, display: null, dir: cwd, cwd, packs: opts.packs, sources: cli, presets: [] });
  }
  const display = show(file);
  const data = readConfigFile(file, display, vocab);

  // Flatten the extends chain: each preset's layers (recursively) come before the file that extends it.
  const sources: SourceConfig[] = [];
  const presets: string[] = [];
  const visit = (cfg: ConfigData, source: string, chain: string[]): void => {
    for (const name of cfg.extends ?? []) {
      const path = [...chain, name];
      if (chain.includes(name)) throw new ConfigError(display, `extends cycle: ${[baseName(display), ...path].join(' → ')}`);
      if (path.length > MAX_EXTENDS_DEPTH) {
        throw new ConfigError(display, `extends is nested more than ${MAX_EXTENDS_DEPTH} levels deep: ${[baseName(display), ...path].join(' → ')}`);
      }
      const presetFile = join(presetsDir, `${name}.yaml`);
      visit(readConfigFile(presetFile, show(presetFile), vocab), show(presetFile), path);
      if (!presets.includes(name)) presets.push(name);
    }
    sources.push({ source, data: cfg });
  };
  visit(data, display, []);
  return createResolvedConfig({ file, display, dir: dirname(file), cwd, packs: opts.packs, sources: [...sources, ...cli], presets, notices: vocab.notices });
}

/** The nearest config file from dir upward, or null. Two of them in one folder is an error. */
export function findConfigFile(dir: string): string | null {
  const start = resolve(dir);
  let cur = start;
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((n) => join(cur, n)).filter(isFile);
    if (found.length > 1) {
      throw new ConfigError(displayPath(found[0]!, start), `both ${CONFIG_FILE_NAMES.join(' and ')} exist in ${cur}; keep one`);
    }
    if (found.length === 1) return found[0]!;
    const parent = dirname(cur);
    if (parent === cur) return null;
    cur = parent;
  }
}

/** Preset names available in a presets folder (file names without .yaml). */
export function listPresets(dir = PRESETS_DIR): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/** Reads, parses (no aliases) and validates one config or preset file. */
export function readConfigFile(file: string, display: string, vocab: Vocabulary): ConfigData {
  let text: string;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) throw new ConfigError(display, `the config file is larger than ${MAX_CONFIG_BYTES / 1024} KiB`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(display, code === 'ENOENT' ? 'no such config file' : code === 'EISDIR' ? 'is a folder, not a config file' : `cannot read the config file (${code ?? (err as Error).message})`);
  }
  const before = vocab.notices.length;
  const data = validateConfig(parseYaml(text, display), display, vocab);
  // Notices (a deprecated rule named) say which file they come from, like errors.
  for (let i = before; i < vocab.notices.length; i++) vocab.notices[i] = `${display}: ${vocab.notices[i]}`;
  return data;
}

/** YAML → plain data. Untrusted input: aliases are refused outright, so an alias bomb costs nothing. */
export function parseYaml(text: string, display: string): unknown {
  // Loaded only when there is a config file to read.
  const { parseDocument } = yaml();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const msg = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(display, `invalid YAML: ${msg} (${lineCol(text, err.pos[0])})`);
  }
  try {
    return doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    if (e instanceof ReferenceError || /alias/i.test((e as Error).message)) {
      throw new ConfigError(display, 'invalid YAML: aliases (*name) are not allowed in config files');
    }
    throw new ConfigError(display, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line}, column ${column}`;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Paths in messages: relative to cwd when the file is below it, absolute otherwise. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : abs;
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

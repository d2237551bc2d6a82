import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from './lazy.js';

/**
 * Bundled YAML data (lexicons, rule packs), preferring the JSON that the build compiled from
 * it (dist/data/*.json) when that is at least as new as every YAML file. Returns file name →
 * parsed document. The yaml package is only loaded when the YAML has to be parsed.
 */
export function loadBundledYaml(dir: string, compiled: URL): Map<string, unknown> {
  const files = yamlFiles(dir);
  const data = freshCompiled(dir, compiled, files) as Record<string, unknown> | null;
  if (data && typeof data === 'object' && files.every((f) => f in data)) return new Map(files.map((f) => [f, data[f]]));
  const parse = yamlParse();
  return new Map(files.map((f) => [f, parse(readFileSync(join(dir, f), 'utf8'))]));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
}

/**
 * The JSON the build compiled from the YAML files in `dir`, parsed, when it exists and is at least
 * as new as every one of them; null otherwise (running from source, or a YAML file edited since).
 */
export function freshCompiled(dir: string, compiled: URL, files = yamlFiles(dir)): unknown {
  try {
    const jsonTime = statSync(compiled).mtimeMs;
    if (files.every((f) => statSync(join(dir, f)).mtimeMs <= jsonTime)) return JSON.parse(readFileSync(compiled, 'utf8')) as unknown;
  } catch {
    // No compiled data: the caller reads the YAML.
  }
  return null;
}

/** The yaml parser, loaded on first use, with aliases off (untrusted input). */
export function yamlParse(): (text: string) => unknown {
  const { parse } = yaml();
  return (text: string) => parse(text, { maxAliasCount: 0, prettyErrors: false });
}

import { createRequire } from 'node:module';

// Modules that most runs never touch, required on first use instead of at start-up: every
// module loaded at start-up is paid by every `graylint check one.html`.
const require = createRequire(import.meta.url);

let iconvLite: typeof import('iconv-lite') | null = null;

/** iconv-lite (~20 ms to load with its stream support): only legacy charsets and UTF-16 need it. */
export function iconv(): typeof import('iconv-lite') {
  return (iconvLite ??= require('iconv-lite') as typeof import('iconv-lite'));
}

let chardetModule: typeof import('chardet') | null = null;

/** chardet (ICU's charset detector in JavaScript): only a legacy file with no UTF-8 and no declared charset needs it. */
export function chardet(): typeof import('chardet') {
  return (chardetModule ??= require('chardet') as typeof import('chardet'));
}

let mailparserModule: typeof import('mailparser') | null = null;

/**
 * mailparser, loaded on the first raw message. Its CommonJS build (the package's "require"
 * export: the same code as the ESM build) loads in ~0.12 s where import() takes ~0.2 s: its
 * dependency graph (html-to-text, libmime, iconv-lite…) goes through the CommonJS loader, and
 * it shares the htmlparser2/entities instances already loaded.
 */
export function mailparser(): typeof import('mailparser') {
  return (mailparserModule ??= require('mailparser') as typeof import('mailparser'));
}

let yamlModule: typeof import('yaml') | null = null;

/** yaml (~65 ms to load): only YAML files need it (a config file, rule packs or lexicons not compiled by the build). */
export function yaml(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

/** picomatch: only a config file's globs need it. */
export function picomatch(): typeof import('picomatch') {
  return require('picomatch') as typeof import('picomatch');
}

/** node:crypto's createHash (hashing is for the cache, SARIF fingerprints and ESP boundaries). */
export function createHash(algorithm: string): import('node:crypto').Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}

/** node:child_process (~6 ms to load, with net and dgram): only --changed-since and `graylint diff` run git. */
export function childProcess(): typeof import('node:child_process') {
  return require('node:child_process') as typeof import('node:child_process');
}

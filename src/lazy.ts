import { createRequire } from 'node:module';

// Modules that most runs never touch, required on first use instead of at start-up: every
// module loaded at start-up is paid by every `graylint check one.html`.
const require = createRequire(import.meta.url);

let iconvLite: typeof import('iconv-lite') | null = null;

/** iconv-lite (~20 ms to load with its stream support): only legacy charsets and UTF-16 need it. */
export function iconv(): typeof import('iconv-lite') {
  return (iconvLite ??= require('iconv-lite') as typeof import('iconv-lite'));
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

/** node:crypto's createHash (hashing is for the cache, SARIF fingerprints and ESP boundaries). */
export function createHash(algorithm: string): import('node:crypto').Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}

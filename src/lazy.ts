import { createRequire } from 'node:module';

// Modules that most runs never touch, required on first use instead of at start-up: every
// module loaded at start-up is paid by every `graylint check one.html`.
const require = createRequire(import.meta.url);

let iconvLite: typeof import('iconv-lite') | null = null;

/** iconv-lite (~20 ms to load with its stream support): only legacy charsets and UTF-16 need it. */
export function iconv(): typeof import('iconv-lite') {
  return (iconvLite ??= require('iconv-lite') as typeof import('iconv-lite'));
}

/** node:crypto's createHash (hashing is for the cache, SARIF fingerprints and ESP boundaries). */
export function createHash(algorithm: string): import('node:crypto').Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}

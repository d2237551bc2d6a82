import { createHash } from '../lazy.js';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../types.js';

/**
 * --cache: results keyed by a hash of the file's bytes, the resolved config for it, the options,
 * graylint's version and the bundled packs and lexicons, so a re-run over unchanged templates
 * reads nothing but the files. Any change in any of those is a miss.
 */
/** A cache file larger than this is not ours (thousands of templates take a few MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

export const CACHE_FILE = '.graylintcache';

interface CacheData {
  version: 1;
  entries: Record<string, { key: string; result: FileResult }>;
}

export class ResultCache {
  private data: CacheData = { version: 1, entries: {} };
  private dirty = false;

  constructor(
    private readonly path: string,
    private readonly salt: string,
  ) {
    if (existsSync(path)) {
      try {
        // Only a regular file of a sane size: a FIFO or a huge file where the cache should be is ignored.
        const info = statSync(path);
        if (!info.isFile() || info.size > MAX_CACHE_BYTES) throw new Error('not a cache file');
        const d = JSON.parse(readFileSync(path, 'utf8')) as CacheData;
        if (d.version === 1 && d.entries && typeof d.entries === 'object') this.data = d;
      } catch {
        // A corrupt cache is just an empty one.
      }
    }
  }

  keyFor(bytes: Buffer, fileConfig: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(fileConfig).update('\0').update(bytes).digest('hex');
  }

  get(file: string, key: string): FileResult | undefined {
    const e = this.data.entries[file];
    return e && e.key === key ? e.result : undefined;
  }

  set(file: string, key: string, result: FileResult): void {
    this.data.entries[file] = { key, result };
    this.dirty = true;
  }

  /** Writes the cache, unless something other than a regular file is in its place (a FIFO would block the write). */
  save(): void {
    if (!this.dirty) return;
    try {
      if (!statSync(this.path).isFile()) return;
    } catch {
      // Not there yet: written below.
    }
    writeFileSync(this.path, JSON.stringify(this.data));
  }
}

/** What invalidates every entry: graylint's version and the bundled packs and lexicons. */
export function cacheSalt(version: string, dirs: string[]): string {
  const h = createHash('sha256').update(version);
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) h.update(f).update(readFileSync(join(dir, f)));
  }
  return h.digest('hex');
}

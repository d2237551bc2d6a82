/**
 * The labelled corpora: the shared corpus beside the repository (../shared/corpus, present in CI
 * and on developers' machines, never in a user's clone) and the corpus parts committed under
 * eval/corpus/<part>/, each laid out the same way: messages/, labels.json, SOURCES.tsv.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Label {
  category: string;
  'can-spam': string;
  casl: string;
  gdpr: string;
  confidence: string;
  reason?: string;
  /** The kind of mail (receipt, newsletter, tell-a-friend…), where the labeller gave one. */
  mail?: string;
}

export interface CorpusEntry {
  id: string;
  /** Absolute path of the message file. */
  path: string;
  /** owner/name of the repository it came from: the unit of leave-one-source-out. */
  repo: string;
  /** Primary language subtag (pt-BR → pt). */
  language: string;
  /** The file kind from SOURCES.tsv (eml, html, php-template…). */
  kind: string;
  label: Label;
  /** Which corpus it belongs to: "shared" or eval/corpus/<part>. */
  corpus: string;
}

/** The corpus folders to read: an explicit one, or the shared corpus and every committed part. */
/**
 * A corpus part kept for measurement only: graylint's errors on it are counted, never examined file
 * by file, so it goes on measuring mail the rules were not shaped on. Marked by this file in the part.
 */
export const HELD_OUT_MARK = 'HELD-OUT.md';

/** Whether a corpus part is held out (see HELD_OUT_MARK). */
export function isHeldOut(dir: string): boolean {
  return existsSync(join(dir, HELD_OUT_MARK));
}

export function corpusDirs(root: string, explicit?: string): Array<{ name: string; dir: string }> {
  if (explicit) return [{ name: 'given', dir: resolve(explicit) }];
  const out: Array<{ name: string; dir: string }> = [];
  const shared = resolve(root, '../shared/corpus');
  if (existsSync(join(shared, 'labels.json'))) out.push({ name: 'shared', dir: shared });
  const parts = join(root, 'eval/corpus');
  if (existsSync(parts)) {
    for (const p of readdirSync(parts).sort()) {
      const dir = join(parts, p);
      if (statSync(dir).isDirectory() && existsSync(join(dir, 'labels.json'))) out.push({ name: `eval/corpus/${p}`, dir });
    }
  }
  return out;
}

/** Every labelled message of one corpus folder that has a file, with its provenance. */
export function readCorpus(name: string, dir: string): CorpusEntry[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
  const sources = readSources(join(dir, 'SOURCES.tsv'));
  const messagesDir = existsSync(join(dir, 'messages')) ? join(dir, 'messages') : dir;
  // The id is the file name up to its first dot: extensions may be compound (.blade.php, .html.erb).
  const byId = new Map(readdirSync(messagesDir).map((f) => [f.split('.')[0]!, f]));
  const out: CorpusEntry[] = [];
  for (const id of Object.keys(labels).sort()) {
    const src = sources.get(id);
    const file = src?.file ? join(dir, src.file) : byId.has(id) ? join(messagesDir, byId.get(id)!) : null;
    if (!file || !existsSync(file)) continue;
    out.push({
      id,
      path: file,
      repo: src?.repo || `unknown:${id}`,
      language: (src?.language || '?').split('-')[0]!,
      kind: src?.kind || '?',
      label: labels[id]!,
      corpus: name,
    });
  }
  return out;
}

function readSources(file: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  if (!existsSync(file)) return out;
  const [head, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/);
  const cols = head!.split('\t');
  for (const r of rows) {
    if (!r.trim()) continue;
    const cells = r.split('\t');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    if (row['id']) out.set(row['id'], row);
  }
  return out;
}

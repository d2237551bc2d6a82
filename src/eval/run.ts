/**
 * Corpus evaluation: runs graylint over the labelled corpus and prints per-law accuracy, a
 * confusion matrix per law and the misclassified ids. `npm run eval [dir]`; the default corpus
 * is ../shared/corpus beside the repository. Exits 0 with a note when the corpus is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../check.js';
import type { FileResult } from '../types.js';

interface Label {
  category: string;
  'can-spam': string;
  casl: string;
  gdpr: string;
  confidence: string;
}

const DIMENSIONS = ['category', 'can-spam', 'casl', 'gdpr'] as const;
type Dimension = (typeof DIMENSIONS)[number];

function predicted(r: FileResult, d: Dimension): string {
  if (r.error) return `error:${r.error.code}`;
  if (d === 'category') return r.category ?? '?';
  return r.verdicts?.[d].class ?? '?';
}

async function main(): Promise<number> {
  const arg = process.argv[2];
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const corpus = arg ? resolve(arg) : resolve(root, '../shared/corpus');
  const messagesDir = existsSync(join(corpus, 'messages')) ? join(corpus, 'messages') : corpus;
  const labelsFile = [join(corpus, 'labels.json'), join(messagesDir, '..', 'labels.json')].find((f) => existsSync(f));
  if (!existsSync(messagesDir) || !labelsFile) {
    console.log(`eval: no labelled corpus at ${corpus} (expects messages/ and labels.json); nothing to measure.`);
    return 0;
  }
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, Label>;
  const files = readdirSync(messagesDir).sort();
  const byId = new Map(files.map((f) => [f.replace(/\.[^.]+$/, ''), f]));
  const checker = createChecker();
  const started = process.hrtime.bigint();
  const results = new Map<string, FileResult>();
  for (const [id] of Object.entries(labels)) {
    const f = byId.get(id);
    if (!f) continue;
    results.set(id, await checker.checkFile(join(messagesDir, f)));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  console.log(`graylint corpus evaluation: ${results.size} labelled messages from ${messagesDir} (${ms.toFixed(0)} ms, ${(ms / Math.max(1, results.size)).toFixed(1)} ms/message)\n`);
  const summary: string[] = [];
  for (const d of DIMENSIONS) {
    const confusion = new Map<string, Map<string, number>>();
    const wrong: string[] = [];
    let ok = 0;
    for (const [id, r] of results) {
      const want = labels[id]![d];
      const got = predicted(r, d);
      const row = confusion.get(want) ?? new Map<string, number>();
      row.set(got, (row.get(got) ?? 0) + 1);
      confusion.set(want, row);
      if (want === got) ok++;
      else wrong.push(`${id} (want ${want}, got ${got}, ${labels[id]!.confidence})`);
    }
    const acc = (100 * ok) / Math.max(1, results.size);
    summary.push(`${d.padEnd(9)} ${acc.toFixed(1).padStart(5)}%  (${ok}/${results.size})`);
    console.log(`## ${d}: ${acc.toFixed(1)}% (${ok}/${results.size})`);
    printConfusion(confusion);
    if (wrong.length) console.log(`misclassified:\n  ${wrong.join('\n  ')}`);
    console.log('');
  }
  const costly = [...results].filter(([id, r]) => {
    const l = labels[id]!;
    return (l.casl === 'cem' && predicted(r, 'casl') !== 'cem') || (l.gdpr === 'direct-marketing' && predicted(r, 'gdpr') !== 'direct-marketing');
  });
  console.log(`## summary\n${summary.join('\n')}`);
  console.log(`commercial messages called transactional under CASL or GDPR (the costly error): ${costly.length}${costly.length ? ` — ${costly.map(([id]) => id).join(', ')}` : ''}`);
  return 0;
}

function printConfusion(confusion: Map<string, Map<string, number>>): void {
  const cols = [...new Set([...confusion.values()].flatMap((r) => [...r.keys()]).concat([...confusion.keys()]))].sort();
  const w = Math.max(14, ...cols.map((c) => c.length + 1));
  console.log(`${'label \\ got'.padEnd(w)}${cols.map((c) => c.padStart(w)).join('')}`);
  for (const want of [...confusion.keys()].sort()) {
    const row = confusion.get(want)!;
    console.log(`${want.padEnd(w)}${cols.map((c) => String(row.get(c) ?? 0).padStart(w)).join('')}`);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);

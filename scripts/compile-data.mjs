// Build step: parse the bundled lexicons and rule packs once, at build time, into JSON next to
// the compiled code (dist/data/). Parsing ~7,000 lines of YAML costs ~0.3 s at every CLI start;
// JSON.parse of the same data costs a few milliseconds. The loaders validate the data exactly as
// they validate YAML, and fall back to the YAML when the JSON is missing or older than it.
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/data');
mkdirSync(out, { recursive: true });
const compile = (dir, target) => {
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).sort();
  const data = Object.fromEntries(files.map((f) => [f, parse(readFileSync(join(root, dir, f), 'utf8'), { maxAliasCount: 0 })]));
  writeFileSync(join(out, target), JSON.stringify(data));
  return files.length;
};
const n1 = compile('lexicons', 'lexicons.json');
const n2 = compile('rules', 'packs.json');
// The lexicons' phrase index, built by the compiled code itself (after tsc) from the JSON just
// written: loading it is a few milliseconds where building it is ~50 ms of every start.
// Its first-word table's lists go to a file of UTF-8 bytes beside it, decoded a list at a time
// (src/lexicon/index.ts, splitIndex); written first, so the index is never newer than its lists.
const { buildLexicon, splitIndex } = await import('../dist/lexicon/index.js');
const { index, packed } = splitIndex(buildLexicon().toIndex());
// Replaced whole (written beside it, then renamed over it), never rewritten in place: a running
// `graylint serve` keeps the file it opened and reads its lists at the offsets of its own index.
writeFileSync(join(out, 'lexicon-lists.txt.new'), packed);
renameSync(join(out, 'lexicon-lists.txt.new'), join(out, 'lexicon-lists.txt'));
writeFileSync(join(out, 'lexicon-index.json'), JSON.stringify(index));
console.log(`compiled ${n1} lexicons (and their phrase index) and ${n2} packs into dist/data/`);

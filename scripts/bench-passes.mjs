// Run by `npm run bench` in a fresh process: the same folder checked three times in one process,
// the lexicon's match cache cleared between passes, so pass 1 pays what a CI run over a hundred
// files pays once (JIT warm-up, regex compilation, lexicon lists unpacked on first use, each input
// format's first check) and pass 3 does not. Prints {"load":ms,"passes":[ms, ms, ms]}.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const t0 = performance.now();
const { createChecker } = await import('../dist/check.js');
const { defaultLexicon } = await import('../dist/lexicon/index.js');
const lexicon = defaultLexicon();
const checker = createChecker({ lexicon });
const load = performance.now() - t0;
const inputs = readdirSync(dir).sort().map((n) => [join(dir, n), readFileSync(join(dir, n))]);
const passes = [];
for (let p = 0; p < 3; p++) {
  lexicon.clearCache();
  const start = performance.now();
  for (const [file, bytes] of inputs) await checker.checkBuffer(file, bytes);
  passes.push(performance.now() - start);
}
process.stdout.write(JSON.stringify({ load, passes }));

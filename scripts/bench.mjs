// npm run bench: throughput of graylint against the parse floor (mailparser + cheerio only) on
// the same inputs, and CLI cold start against `node -e 0`. A measurement, never a test.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { load } from 'cheerio/slim';
import { createChecker } from '../dist/check.js';
import { defaultLexicon } from '../dist/lexicon/index.js';

const root = new URL('..', import.meta.url).pathname;
const dirs = [join(root, 'fixtures'), join(root, '../shared/corpus/messages')].filter(existsSync);
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const f = join(d, n);
    if (statSync(f).isDirectory()) walk(f);
    else if (!n.endsWith('.yaml')) files.push(f);
  }
};
dirs.forEach(walk);
const inputs = files.map((f) => ({ f, bytes: readFileSync(f) }));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

async function time(label, fn) {
  await fn(); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / rounds;
  const perMsg = ms / inputs.length;
  console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms/round  ${perMsg.toFixed(2).padStart(6)} ms/message  ${(1000 / perMsg).toFixed(0).padStart(6)} messages/s`);
  return perMsg;
}

console.log(`graylint bench: ${inputs.length} inputs from ${dirs.join(', ')}, ${rounds} rounds\n`);
const floor = await time('parse floor (mailparser+cheerio)', async () => {
  for (const { f, bytes } of inputs) {
    if (f.endsWith('.eml')) {
      const m = await simpleParser(bytes, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
      if (m.html) load(m.html, { xml: { xmlMode: false } });
    } else load(bytes.toString('utf8'), { xml: { xmlMode: false } });
  }
});
const checker = createChecker();
const full = await time('graylint full lint (1 thread)', async () => {
  defaultLexicon().clearCache(); // every round starts cold: no credit for having seen these texts
  for (const { f, bytes } of inputs) await checker.checkBuffer(f, bytes);
});
console.log(`\nratio full lint / parse floor: ${(full / floor).toFixed(1)}x`);
console.log(`vs SpamAssassin (~7 messages/s measured here): ${((1000 / full) / 7).toFixed(0)}x faster`);

const cold = (args) => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const one = join(root, 'fixtures/gray-zone/receipt-with-referral.eml');
const node0 = median(Array.from({ length: 5 }, () => cold(['-e', '0'])));
const cli = median(Array.from({ length: 5 }, () => cold([join(root, 'dist/cli/main.js'), 'check', one])));
console.log(`\ncold start: graylint check one file ${cli.toFixed(0)} ms, node -e 0 ${node0.toFixed(0)} ms (${(cli / node0).toFixed(1)}x)`);

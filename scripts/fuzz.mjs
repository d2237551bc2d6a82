#!/usr/bin/env node
// Fuzzes the built pipeline (dist/) with a large budget:
//
//   npm run build && npm run fuzz -- --runs 100000 [--seed 42] [--timeout 30000] [--slow 10000]
//
// Inputs: any bytes, any strings, markup/template/MIME soup, and mutated repository fixtures
// (test/hostile/arbitraries.mjs, the same generators as test/hostile/fuzz.test.ts). Each input
// is checked in a worker thread with a watchdog, so a hang or a crash is caught, not suffered.
// A failure (checkBuffer rejects, returns neither a result nor an error entry, takes longer than
// --slow, hangs past --timeout, or kills the worker) is saved as fixtures/regressions/<hash>.<ext>,
// which test/hostile/regressions.test.ts replays. Prints peak RSS and the slowest input.
//
// Then it replays the hostile cases of fixtures/regressions/*.case.json (test/hostile/cases.mjs:
// a graylint command on a generated input, a flood against `graylint serve`): each must end with
// its declared exit code within its time bound below. `--runs 0` replays only those.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/bundle/main.js');

/**
 * Wall-time bound of each hostile case, in ms, start-up of the graylint process included. These
 * bounds are the regression tests for slowness: unit tests assert outcomes, never times. About 4×
 * the time on a shared two-core machine; what each case took before its fix is noted.
 */
const CASE_BOUNDS_MS = {
  'names-not-utf8.case.json': 5000,
  'report-nested-3000.case.json': 5000, // stack overflow, no report
  'report-100k-attributes.case.json': 10000, // 26–45 s: parse5 scanned every earlier attribute for each new one
  'serve-body-flood.case.json': 20000, // 17 s with 1 MB bodies; 69 s and 1.8 GB with 10 MB ones
  'branches-nested-3000.case.json': 5000, // stack overflow, exit 2, no results for any file
  'nul-prefix-offer.case.json': 5000,
  'cache-fifo.case.json': 5000, // hung for ever
  'cache-sparse-2gb.case.json': 5000, // read 1.9 GB into memory first
  'mbox-fifo.case.json': 5000, // hung for ever
  'mbox-60mb-one-line.case.json': 10000, // 200 MB: 12 s and 2.4 GB
  'changed-since-option.case.json': 5000,
  'folder-symlinks.case.json': 5000,
  'runaway-knobs.case.json': 15000, // a thousand worker threads
  'header-only-eml.case.json': 5000,
  'stdout-closed-early.case.json': 5000,
};
const DEFAULT_CASE_BOUND_MS = 20000;

// ---------------------------------------------------------------- worker: one checker, many inputs

async function runWorker() {
  const { createChecker } = await import(join(ROOT, 'dist/index.js'));
  const checker = createChecker();
  // Warm up the lazily loaded parsers, so the first input's time is its own.
  await checker.checkBuffer('warm.eml', Buffer.from('From: a@b.example\r\nSubject: Your order has shipped\r\n\r\nYour order has shipped.\r\n'));
  parentPort.postMessage({ ready: true });
  parentPort.on('message', async ({ id, name, bytes }) => {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = performance.now();
    let outcome;
    try {
      const r = await checker.checkBuffer(name, buf);
      const ms = performance.now() - start;
      const valid = r.error
        ? ['unreadable', 'too-large', 'unsupported'].includes(r.error.code) && typeof r.error.message === 'string' && !r.verdicts
        : !!r.verdicts && !!r.category && Array.isArray(r.findings);
      outcome = { id, ms, ok: valid, kind: r.error ? `error:${r.error.code}` : r.category, detail: valid ? '' : `neither a result nor an error entry: ${JSON.stringify(r).slice(0, 300)}` };
    } catch (err) {
      outcome = { id, ms: performance.now() - start, ok: false, kind: 'rejected', detail: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}`.slice(0, 2000) : String(err) };
    }
    outcome.rss = process.memoryUsage().rss;
    parentPort.postMessage(outcome);
  });
}

// ---------------------------------------------------------------- main: generate, watch, record

function parseArgs(argv) {
  const opts = { runs: 10000, seed: Date.now() % 2 ** 31, timeout: 30000, slow: 10000, maxFailures: 10, maxHeapMb: 4096, batch: 500 };
  const names = { '--runs': 'runs', '--seed': 'seed', '--timeout': 'timeout', '--slow': 'slow', '--max-failures': 'maxFailures', '--max-heap': 'maxHeapMb' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--help' || flag === '-h') {
      console.log('usage: npm run fuzz -- [--runs N] [--seed S] [--timeout MS] [--slow MS] [--max-failures N] [--max-heap MB]');
      console.log('then replays the hostile cases of fixtures/regressions/*.case.json within their time bounds (--runs 0: only those)');
      process.exit(0);
    }
    const key = names[flag];
    if (!key) throw new Error(`unknown option ${flag} (try --help)`);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a number`);
    opts[key] = Math.floor(value);
  }
  return opts;
}

class Runner {
  constructor(maxHeapMb) {
    this.maxHeapMb = maxHeapMb;
    this.worker = null;
    this.pending = null;
    this.nextId = 1;
  }

  async start() {
    const w = new Worker(fileURLToPath(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, stackSizeMb: 4 } });
    this.worker = w;
    let ready;
    const readyOrDead = new Promise((resolve, reject) => {
      ready = resolve;
      w.once('error', reject);
    });
    // Events of a worker that was already replaced (terminated after a hang) are ignored.
    const died = (why) => {
      if (this.worker !== w) return;
      this.worker = null;
      const p = this.pending;
      if (!p) return;
      this.pending = null;
      clearTimeout(p.timer);
      p.resolve({ id: p.id, ok: false, kind: 'crash', ms: performance.now() - p.start, detail: why });
    };
    w.on('message', (m) => {
      if (m.ready) return ready();
      const p = this.pending;
      if (this.worker === w && p && m.id === p.id) {
        this.pending = null;
        clearTimeout(p.timer);
        p.resolve(m);
      }
    });
    w.on('error', (err) => died(`worker died: ${err?.code ?? ''} ${err?.message ?? err}`));
    w.on('exit', (code) => died(`worker exited with code ${code}`));
    await readyOrDead;
  }

  /** Checks one input in the worker; a hang past `timeout` terminates the worker and is reported. */
  async check(input, timeout) {
    if (!this.worker) await this.start();
    const w = this.worker;
    const id = this.nextId++;
    const start = performance.now();
    const result = new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = null;
        this.worker = null;
        w.terminate().catch(() => {});
        resolve({ id, ok: false, kind: 'hang', ms: performance.now() - start, detail: `no answer after ${timeout} ms` });
      }, timeout);
      this.pending = { id, resolve, timer, start };
    });
    w.postMessage({ id, name: input.name, bytes: new Uint8Array(input.bytes) });
    return result;
  }

  async stop() {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    console.error(`fuzz: ${err.message}`);
    return 2;
  }
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    console.error('fuzz: dist/ is missing: run `npm run build` first');
    return 2;
  }
  const fc = (await import('fast-check')).default;
  const { anyInput, loadFixtures, extensionFor } = await import('../test/hostile/arbitraries.mjs');
  const fixtures = loadFixtures(join(ROOT, 'fixtures'));
  const arb = anyInput(fixtures);

  console.log(`fuzz: ${opts.runs} runs, seed ${opts.seed}, ${fixtures.length} fixtures to mutate, slow > ${opts.slow} ms, hang > ${opts.timeout} ms`);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  sampler.unref();

  const runner = new Runner(opts.maxHeapMb);
  await runner.start();
  const started = performance.now();
  const failures = [];
  const kinds = new Map();
  let slowest = { ms: 0, name: '', size: 0, bytes: null };
  let done = 0;
  let totalBytes = 0;

  for (let batch = 0; done < opts.runs && failures.length < opts.maxFailures; batch++) {
    const n = Math.min(opts.batch, opts.runs - done);
    const inputs = fc.sample(arb, { numRuns: n, seed: opts.seed + batch });
    for (const input of inputs) {
      const r = await runner.check(input, opts.timeout);
      done++;
      totalBytes += input.bytes.length;
      if (r.rss) peakRss = Math.max(peakRss, r.rss);
      kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
      if (r.ms > slowest.ms) slowest = { ms: r.ms, name: input.name, size: input.bytes.length, bytes: input.bytes };
      const tooSlow = r.ok && r.ms > opts.slow;
      if (!r.ok || tooSlow) {
        const reason = tooSlow ? `slow: ${r.ms.toFixed(0)} ms (limit ${opts.slow} ms)` : `${r.kind}: ${r.detail}`;
        failures.push(save(input, reason, extensionFor));
        if (failures.length >= opts.maxFailures) break;
      }
      if (done % 1000 === 0) {
        const rate = done / ((performance.now() - started) / 1000);
        process.stderr.write(`fuzz: ${done}/${opts.runs} (${rate.toFixed(0)}/s), peak RSS ${mb(peakRss)}, slowest ${slowest.ms.toFixed(0)} ms, failures ${failures.length}\n`);
      }
    }
  }
  await runner.stop();
  clearInterval(sampler);
  failures.push(...(await replayCases()));

  const seconds = (performance.now() - started) / 1000;
  let slowestPath = '';
  if (slowest.bytes) {
    slowestPath = join(tmpdir(), `graylint-fuzz-slowest.${extensionFor(slowest.name)}`);
    writeFileSync(slowestPath, slowest.bytes);
  }
  console.log('');
  console.log(`fuzz: ${done} inputs (${mb(totalBytes)}) in ${seconds.toFixed(1)} s, seed ${opts.seed}`);
  console.log(`  peak RSS        ${mb(peakRss)}`);
  console.log(`  slowest input   ${slowest.ms.toFixed(0)} ms: ${slowest.name}, ${slowest.size.toLocaleString('en-US')} bytes${slowestPath ? ` (copy in ${slowestPath})` : ''}`);
  console.log(`  outcomes        ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (!failures.length) {
    console.log('  failures        none');
    return 0;
  }
  console.log(`  failures        ${failures.length}`);
  for (const f of failures) console.log(`    ${f.path}  ${f.reason.split('\n')[0]}`);
  console.log('');
  if (failures.every((f) => f.replayed)) return 1;
  console.log('Each failing input is saved under fixtures/regressions/. test/hostile/regressions.test.ts replays every');
  console.log('file there (a result or an error entry, in bounded time), so it is already a test:');
  console.log('  npx vitest run test/hostile/regressions.test.ts');
  console.log('Fix the bug until that passes, then commit the file. To look at one input:');
  const saved = failures.find((f) => !f.replayed);
  console.log(`  node -e "import('./dist/index.js').then(async g => console.log(await g.check(require('fs').readFileSync('${saved.path}'), { file: '${saved.path}' })))"`);
  return 1;
}

/** Replays every hostile case; returns one failure for each that ends otherwise than declared or takes too long. */
async function replayCases() {
  const { loadCases, runCase } = await import('../test/hostile/cases.mjs');
  const cases = loadCases(join(ROOT, 'fixtures/regressions'));
  if (!cases.length) return [];
  if (!existsSync(CLI)) {
    console.log(`fuzz: ${relative(ROOT, CLI)} is missing (npm run build): hostile cases not replayed`);
    return [{ path: relative(ROOT, CLI), reason: 'not built', replayed: true }];
  }
  console.log(`fuzz: replaying ${cases.length} hostile cases (fixtures/regressions/*.case.json)`);
  const failures = [];
  for (const c of cases) {
    const bound = CASE_BOUNDS_MS[c.name] ?? DEFAULT_CASE_BOUND_MS;
    const { exit, ms, problems, skipped } = await runCase(c.spec, { cli: CLI });
    if (skipped) {
      console.log(`  skip  ${c.name}  (${skipped})`);
      continue;
    }
    if (ms > bound) problems.push(`took ${ms.toFixed(0)} ms, bound ${bound} ms`);
    console.log(`  ${problems.length ? 'FAIL' : 'ok  '}  ${c.name}  exit ${exit} (declared ${c.spec.exit}), ${ms.toFixed(0)} ms of ${bound}`);
    for (const p of problems) console.log(`          ${p.split('\n')[0]}`);
    if (problems.length) failures.push({ path: `fixtures/regressions/${c.name}`, reason: problems.join('; '), replayed: true });
  }
  return failures;
}

function save(input, reason, extensionFor) {
  const dir = join(ROOT, 'fixtures/regressions');
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha256').update(input.bytes).digest('hex').slice(0, 16);
  const path = join(dir, `${hash}.${extensionFor(input.name)}`);
  writeFileSync(path, input.bytes);
  const rel = relative(ROOT, path);
  console.log(`fuzz: FAILURE on ${input.name} (${input.bytes.length} bytes): ${reason.split('\n')[0]}`);
  console.log(`      saved as ${rel}`);
  return { path: rel, reason };
}

function mb(n) {
  return `${(n / (1024 * 1024)).toFixed(0)} MB`;
}

// Last, so every declaration above is initialised when either side starts.
if (!isMainThread) {
  await runWorker();
} else {
  process.exitCode = await main(process.argv.slice(2));
}

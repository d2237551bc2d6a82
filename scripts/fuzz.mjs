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
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- worker: one checker, many inputs

async function runWorker() {
  const { createChecker } = await import(join(ROOT, 'dist/index.js'));
  const checker = createChecker();
  // Warm up the lazily loaded parsers, so the first input's time is its own.
  await checker.checkBuffer('warm.eml', Buffer.from('From: a@b.example\r\nSubject: Your order has shipped\r\n\r\nYour order has shipped.\r\n'));
  // An English subject the lexicons leave undecided loads compromise (subject.imperative).
  await checker.checkBuffer('warm.html', Buffer.from('<p>The spring journal is here.</p>'), { subject: 'The spring journal' });
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
  console.log('Each failing input is saved under fixtures/regressions/. test/hostile/regressions.test.ts replays every');
  console.log('file there (a result or an error entry, in bounded time), so it is already a test:');
  console.log('  npx vitest run test/hostile/regressions.test.ts');
  console.log('Fix the bug until that passes, then commit the file. To look at one input:');
  console.log(`  node -e "import('./dist/index.js').then(async g => console.log(await g.check(require('fs').readFileSync('${failures[0].path}'), { file: '${failures[0].path}' })))"`);
  return 1;
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

#!/usr/bin/env node
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync, type PathLike } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createChecker, type CheckOptions, type CheckStages } from '../check.js';
import { loadPacks, loadPackSet, PackError, RULES_DIR, type Pack } from '../packs/load.js';
import { ConfigError, applyConfig, type ResolvedConfig } from '../config/index.js';
import { loadCommandConfig } from './command-config.js';
import { BASELINE_FILE, BaselineError, applyBaseline, createBaseline, pruneBaseline, readBaseline, writeBaseline } from '../suppression/baseline.js';
import type { FileResult, Report } from '../types.js';
import { JSON_HEAD, JSON_TAIL, formatJson, jsonResult, ndjsonLine } from '../report/json.js';
import { formatContext, formatDrawsOnStages, loadFormatter, type FormatName } from '../report/index.js';
import { expandInputs, isMbox, mboxMessages, type BatchInput } from './expand.js';
import { InputNames } from './file-names.js';
import { argvBytes } from './argv-bytes.js';
import { inOrder, Progress } from './batch.js';
import { InputError, readInputFile } from '../input/index.js';
import { EXIT, exitCodeFor, exitCodeForTally, tally, type Tally } from './exit-codes.js';
import { listRules } from './rules-command.js';
import { changedSince } from './changed.js';
import { stripControls } from '../report/text.js';
import { driftOf, formatDrift, gitShow, verifyRef, type Drift } from './diff.js';
import { CACHE_FILE, ResultCache, cacheSalt } from './cache.js';
import { FIXERS } from '../fix/index.js';
import { registryOf, type Registry } from '../packs/registry.js';
import { LEXICON_DIR } from '../lexicon/index.js';
import type { HtmlReportLog } from '../report/html/report-log.js';
import type { PlacedFile } from '../placement/index.js';
import { checkBranches, DEFAULT_MAX_VARIANTS } from '../variants/index.js';
import { SERVER_DEFAULTS } from '../server/defaults.js';

type Format = 'stylish' | 'json' | 'ndjson' | 'sarif' | 'github' | 'junit' | 'html';

interface CheckFlags {
  format: Format;
  subject?: string;
  explain?: boolean;
  color?: boolean;
  kind?: 'eml' | 'template';
  config?: string;
  quiet?: boolean;
  maxWarnings?: number;
  failOn?: 'error' | 'warning';
  outputJson?: string;
  outputSarif?: string;
  baseline?: string;
  pruneBaseline?: boolean;
  changedSince?: string;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  branches?: boolean;
  maxVariants?: number;
  workers?: number;
  esp?: 'postmark' | 'sendgrid' | 'ses' | 'mailgun' | 'mandrill';
  output?: string;
  /** Folders of packs to load beside the bundled ones. */
  packs?: string[];
  /** --jurisdictions us,ca,eu,…: the laws to apply, over the config's. */
  jurisdictions?: string[];
}

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Reports a problem with the setup (config, pack, baseline, arguments): one line, exit 2. */
class UsageError extends Error {}

/**
 * One line on stderr. File names and messages come from the user's files and are untrusted: no
 * control character reaches the terminal, and a newline in a file name is shown as \n, so it can
 * never start a line of its own (a forged `::error::` workflow command on GitHub Actions).
 */
function say(line: string): void {
  const oneLine = stripControls(line).replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, ' ');
  process.stderr.write(`graylint: ${oneLine}\n`);
}

interface Run {
  report: Report;
  packs: Pack[];
  unmatched: string[];
  /** How to open each result's file by its reported name. */
  names: InputNames;
}

/** Expands inputs, loads config and packs, checks every file. Shared by check and baseline. */
type RunFlags = Pick<CheckFlags, 'config' | 'subject' | 'explain' | 'kind' | 'changedSince' | 'cache' | 'cacheLocation' | 'branches' | 'maxVariants' | 'esp' | 'packs' | 'jurisdictions'> & {
  workers?: number;
  /** Keep each check's stages (parsed input, model, signals) for a report drawn on the messages. */
  keepStages?: boolean;
};

/**
 * Above this many inputs a check runs on a worker-thread pool (one worker per core). Starting the
 * workers costs about a second (each loads packs and lexicons), so small batches stay in-process.
 */
const POOL_THRESHOLD = 500;
/**
 * Fewer cores than this and the pool is not used unless --workers asks for it: on two cores the
 * workers compete with the main thread that reads files and writes results, and `npm run bench`
 * measured the pool at 0.7–1.3× the single thread there (bench/RESULTS.md, December 2026).
 */
const MIN_POOL_CORES = 3;
/** Checks in flight at once without a pool: enough to overlap file reads with checking. */
const IN_PROCESS_CONCURRENCY = 4;

interface Prepared {
  packs: Pack[];
  config: ResolvedConfig;
  unmatched: string[];
  names: InputNames;
  /** Inputs, lazily (an mbox is split as it is read). */
  inputs: () => Iterable<BatchInput>;
  count: number;
  checkOne: (input: BatchInput) => Promise<FileResult | null>;
  /** The stages each file's check ran, when the run keeps them (RunFlags.keepStages). */
  stagesOf: (file: string) => CheckStages | null | undefined;
  /** The same, handed over once and forgotten: a streamed report keeps no file's stages past its own. */
  takeStages: (file: string) => CheckStages | null | undefined;
  /** Runs the batch: results in input order, a bounded number in flight. */
  results: () => AsyncGenerator<FileResult>;
  close: () => Promise<void>;
}

async function prepare(paths: string[], flags: RunFlags): Promise<Prepared> {
  if (paths.length === 0) throw new UsageError('no input given (try: graylint check welcome.html)');
  const packs = loadPackSet(flags.packs);
  const config = loadCommandConfig(flags.config, packs, say, flags.jurisdictions);
  const expanded = await expandInputs(paths, commandLineNames());
  const { unmatched, names } = expanded;
  let files = expanded.files;
  for (const u of unmatched) say(`${u}: no email or template files matched`);
  if (flags.changedSince) {
    let changed: Set<string>;
    try {
      changed = changedSince(flags.changedSince, process.cwd());
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    files = files.filter((f) => changed.has(resolve(f)));
  }
  const inputs = function* (): Generator<BatchInput> {
    for (const f of files) {
      if (isMbox(f)) yield* mboxMessages(f, undefined, names.pathOf(f));
      else yield { file: f };
    }
  };
  const checker = createChecker({ packs });
  const cache = flags.cache
    ? new ResultCache(resolve(flags.cacheLocation ?? CACHE_FILE), cacheSalt(VERSION, [fileURLToPath(new URL('../../rules/', import.meta.url)), LEXICON_DIR, ...(flags.packs ?? []).map((d) => resolve(d))]))
    : null;
  const options = { subject: flags.subject, explain: flags.explain, kind: flags.kind, maxVariants: flags.maxVariants, esp: flags.esp };
  // A report drawn on the messages keeps each check's stages, so it runs in this process and
  // reads no cached result (a cached result has no stages). --branches has no single stages.
  const keepStages = !!flags.keepStages && !flags.branches;
  const stages = new Map<string, CheckStages | null>();
  // Many inputs: a worker per core, unless branches are enumerated or stages kept (those stay in-process).
  const mboxes = files.some(isMbox);
  const usePool = !flags.branches && !keepStages && (flags.workers !== undefined ? flags.workers > 1 : (files.length >= POOL_THRESHOLD && availableParallelism() >= MIN_POOL_CORES) || mboxes);
  const pool = usePool ? (await import('../server/pool.js')).createPool({ workers: flags.workers, packDirs: flags.packs }) : null;

  /** One of the checkers: every variant of a template, a worker of the pool, or this process (keeping the stages when asked). */
  const checkBytes = async (file: string, bytes: Buffer, opts: CheckOptions & { maxVariants?: number }): Promise<FileResult> => {
    if (flags.branches) return checkBranches(checker, file, bytes, opts);
    if (pool) return pool.check({ file, bytes: new Uint8Array(bytes), subject: opts.subject, kind: opts.kind, options: { explain: opts.explain, settings: opts.settings, optInLaws: opts.optInLaws, sender: opts.sender, esp: opts.esp } });
    if (!keepStages) return checker.checkBuffer(file, bytes, opts);
    const staged = await checker.checkBufferWithStages(file, bytes, opts);
    stages.set(file, staged.stages);
    return staged.result;
  };

  /** Gets the input's bytes, then checks them with one of the checkers. */
  const checkOne = async (input: BatchInput): Promise<FileResult | null> => {
    const { file } = input;
    const fc = config.forFile(file.replace(/#\d+$/, ''));
    if (fc.ignored) return null;
    // A message cut out of an mbox comes with its bytes; a file is read with the guards of every
    // read (a regular file within the size cap, never a FIFO), by its bytes when its name is not UTF-8.
    const read = input.bytes ? { bytes: input.bytes } : await readChecked(file, names.pathOf(file));
    if ('error' in read) return applyConfig(read.error, fc);
    const key = cache && !input.bytes ? cache.keyFor(read.bytes, JSON.stringify({ config: config.print(file), options })) : null;
    const hit = key && !keepStages ? cache!.get(resolve(file), key) : null;
    if (hit) return hit;
    const checked = await checkBytes(file, read.bytes, { ...options, kind: options.kind ?? (input.bytes ? 'eml' : undefined), settings: fc.packSettings(), optInLaws: fc.optInLaws(), sender: fc.sender });
    const r = applyConfig(checked, fc);
    if (key && !r.error) cache!.set(resolve(file), key, r);
    return r;
  };
  // In-process, a few checks in flight let the next files be read while one is checked (reads
  // are asynchronous): 25% faster on 100 files, 37% on 10,000 (npm run bench); results stay in order.
  const concurrency = pool ? pool.size * 2 : IN_PROCESS_CONCURRENCY;
  return {
    packs,
    config,
    unmatched,
    names,
    inputs,
    count: files.length,
    checkOne,
    results: () => inOrder(inputs(), concurrency, checkOne),
    stagesOf: (file) => stages.get(file),
    takeStages: (file) => {
      const kept = stages.get(file);
      stages.delete(file);
      return kept;
    },
    close: async () => {
      cache?.save();
      await pool?.destroy();
    },
  };
}

/** Reads an input (by its bytes when its name is shown escaped) with the same guards and one-line errors as checkFile. */
async function readChecked(file: string, path: PathLike = file): Promise<{ bytes: Buffer } | { error: FileResult }> {
  try {
    return { bytes: await readInputFile(path) };
  } catch (err) {
    if (err instanceof InputError) return { error: { file, findings: [], error: { code: err.code, message: err.message } } };
    throw err;
  }
}

async function runFiles(paths: string[], flags: RunFlags): Promise<Run & { config: ResolvedConfig; recheck: (file: string) => Promise<FileResult>; stagesOf: Prepared['stagesOf'] }> {
  const prepared = await prepare(paths, flags);
  const results: FileResult[] = [];
  const progress = new Progress(prepared.count, !!process.stderr.isTTY);
  try {
    for await (const r of prepared.results()) {
      results.push(r);
      progress.tick(results.length);
    }
  } finally {
    progress.finish();
    await prepared.close();
  }
  const recheck = async (file: string) => (await prepared.checkOne({ file }))!;
  return { report: { version: 1, results }, packs: prepared.packs, unmatched: prepared.unmatched, names: prepared.names, config: prepared.config, recheck, stagesOf: prepared.stagesOf };
}

/** Writes to stdout, waiting when the pipe is full, so a slow reader never makes output pile up in memory. */
async function writeOut(text: string | Buffer): Promise<void> {
  if (!process.stdout.write(text)) await new Promise((resolveDrain) => process.stdout.once('drain', resolveDrain));
}

/**
 * The streamed formats' loop: checks the inputs and hands each result to `emit` as it arrives, as
 * shown (with --quiet, errors only), after `adjust` (a baseline); says read errors on stderr and
 * keeps only the counts the exit code comes from.
 */
async function streamResults(
  paths: string[],
  flags: CheckFlags & Pick<RunFlags, 'keepStages'>,
  emit: (shown: FileResult, index: number, full: FileResult) => Promise<void>,
  adjust: (r: FileResult) => FileResult = (r) => r,
  onPrepared: (prepared: Prepared) => void = () => {},
  showProgress = true,
): Promise<{ n: number; counts: Tally; unmatched: string[] }> {
  const prepared = await prepare(paths, flags);
  onPrepared(prepared);
  let n = 0;
  const counts: Tally = { unreadable: 0, errors: 0, warnings: 0 };
  const progress = new Progress(prepared.count, showProgress && !!process.stderr.isTTY);
  try {
    for await (const checked of prepared.results()) {
      const r = adjust(checked);
      if (r.error) say(`${r.file}: ${r.error.message}`);
      const one: Report = { version: 1, results: [r] };
      const t = tally(one);
      counts.unreadable += t.unreadable;
      counts.errors += t.errors;
      counts.warnings += t.warnings;
      await emit(flags.quiet ? errorsOnly(one).results[0]! : r, n, r);
      n++;
      progress.tick(n);
    }
  } finally {
    progress.finish();
    await prepared.close();
  }
  return { n, counts, unmatched: prepared.unmatched };
}

/**
 * --fix / --fix-dry-run: apply (or describe) the safe fixes, then report what remains. Which fix
 * repairs which finding is the packs' to say (`fixer:` on a rule); every fix edits a raw message.
 */
async function applyFixes(report: Report, registry: Registry, dryRun: boolean, recheck: (file: string) => Promise<FileResult>, names: InputNames): Promise<Report> {
  const results: FileResult[] = [];
  for (const r of report.results) {
    const fixers = [...new Set(r.findings.map((f) => registry.fixerOf(f.ruleId)).filter((n): n is string => !!n && n in FIXERS))];
    if (r.kind !== 'eml' || fixers.length === 0) {
      results.push(r);
      continue;
    }
    let bytes: Buffer = readFileSync(names.pathOf(r.file));
    const edits: string[] = [];
    for (const name of fixers) {
      const fixed = FIXERS[name]!(bytes);
      if (!fixed) continue;
      if ('reason' in fixed) {
        say(`${r.file}: not fixed: ${fixed.reason}`);
        continue;
      }
      bytes = fixed.output;
      edits.push(...fixed.edits);
    }
    if (edits.length === 0) {
      results.push(r);
      continue;
    }
    for (const e of edits) say(`${r.file}: ${dryRun ? 'would have ' : ''}${e}`);
    if (dryRun) results.push(r);
    else {
      writeFileSync(names.pathOf(r.file), bytes);
      results.push(await recheck(r.file));
    }
  }
  return { ...report, results };
}

/** --quiet: report errors only (what fails is decided before this). */
function errorsOnly(report: Report): Report {
  return { ...report, results: report.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) };
}

/**
 * Where a streamed run's results go, each as it arrives (`emit`: as shown, after --quiet, and in
 * full), and what is left to write after the last (`end`); `dispose`, if any, runs last however
 * the run ends (temporary files, the -o file).
 */
interface ResultSink {
  emit(shown: FileResult, index: number, full: FileResult): Promise<void> | void;
  end(): Promise<void>;
  dispose?(): void;
}

/**
 * A run whose results are handed to a sink as they arrive and dropped, so memory does not grow with
 * the batch: the baseline applies to each result, and the exit code comes from the counts alone.
 * `live`: the sink writes to stdout as results arrive, so no progress bar is drawn over it.
 */
async function runStreamed(paths: string[], flags: CheckFlags & Pick<RunFlags, 'keepStages'>, sinkFor: (prepared: Prepared) => ResultSink, live: boolean): Promise<number> {
  const baseline = streamBaseline(flags);
  // (Set once the packs are loaded, before the first result.)
  const run: { sink?: ResultSink } = {};
  try {
    const { n, counts, unmatched } = await streamResults(
      paths,
      flags,
      async (shown, index, full) => run.sink!.emit(shown, index, full),
      baseline ? (r) => applyBaseline(r, baseline, process.cwd()) : undefined,
      (prepared) => { run.sink = sinkFor(prepared); },
      !live,
    );
    if (n === 0 || !run.sink) return nothingChecked(flags, unmatched);
    await run.sink.end();
    if (unmatched.length) return EXIT.usage;
    return exitCodeForTally(counts, { failOn: flags.failOn, maxWarnings: flags.maxWarnings });
  } finally {
    run.sink?.dispose?.();
  }
}

/**
 * Where a report's text goes as it is written: stdout, waiting when the pipe is full, or the -o
 * file, opened at the first write (a run that checks nothing leaves no file behind).
 */
interface ReportOut {
  write(text: string | Buffer): Promise<void> | void;
  close(): void;
}

function reportOut(output: string | undefined): ReportOut {
  if (!output) return { write: writeOut, close: () => {} };
  let fd: number | null = null;
  return {
    write: (text) => {
      fd ??= openReportFile(output);
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    },
    close: () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/** Opens a report file for writing; a path that cannot be written is a usage error, one line. */
function openReportFile(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (err) {
    throw new UsageError(`${path}: cannot write the report there (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Writes a whole report file (the --fix and --prune-baseline runs), with the same one-line error. */
function writeReportFile(path: string, text: string): void {
  const fd = openReportFile(path);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** --format json: the document written as results arrive, byte for byte what formatJson prints. */
function jsonSink(out: ReportOut): ResultSink {
  return {
    emit: (shown, index) => out.write(`${index === 0 ? JSON_HEAD : ',\n'}${jsonResult(shown)}`),
    end: async () => out.write(JSON_TAIL),
    dispose: () => out.close(),
  };
}

/** --format ndjson: one result per line as soon as it is ready. */
function ndjsonSink(out: ReportOut): ResultSink {
  return {
    emit: (shown) => out.write(ndjsonLine(shown)),
    end: async () => {},
    dispose: () => out.close(),
  };
}

/** A text report written a file at a time (StylishLog, GithubLog): each file's lines as it arrives, then the totals. */
function textSink(log: { add(r: FileResult): string; end(): string }, out: ReportOut): ResultSink {
  return {
    emit: (shown) => out.write(log.add(shown)),
    end: async () => out.write(log.end()),
    dispose: () => out.close(),
  };
}

/** A report built one result at a time, keeping only its own text (SarifLog, JunitLog, the HTML report placed). */
interface KeptLog {
  add(r: FileResult): void | Promise<void>;
  chunks(): Iterable<string | Buffer>;
  dispose(): void;
}

/** Writes a report's chunks one after another to the -o file, or to stdout; never joined into one copy. */
async function writeChunks(chunks: Iterable<string | Buffer>, output: string | undefined): Promise<void> {
  const out = reportOut(output);
  try {
    for (const chunk of chunks) await out.write(chunk);
  } finally {
    out.close();
  }
}

/**
 * --format sarif or junit: each result becomes its report text as it arrives, so a batch keeps
 * only the document's own text (spooled to a temporary file once large), not every result. The
 * document opens with what only the last result settles (SARIF's rules list, JUnit's totals), so
 * it is written at the end; byte for byte what the whole-report formatter prints.
 */
function keptLogSink(log: KeptLog, output: string | undefined): ResultSink {
  return {
    emit: (shown) => log.add(shown),
    end: () => writeChunks(log.chunks(), output),
    dispose: () => log.dispose(),
  };
}

/**
 * --format html: each result is placed on its message (from the stages its check kept, handed over
 * and forgotten) and rendered into the report as it arrives, then dropped; the page opens with a
 * summary of every file, so it is written at the end. Byte for byte what the whole-report
 * formatter prints.
 */
function htmlSink(log: HtmlReportLog, place: (r: FileResult) => Promise<PlacedFile>, output: string | undefined): ResultSink {
  return keptLogSink({ add: async (r) => log.add(await place(r)), chunks: () => log.chunks(), dispose: () => log.dispose() }, output);
}

/**
 * The report and the extra reports of the same run (--output-json, --output-sarif), each fed as
 * results arrive. The extra reports get every finding: --quiet shortens only the report shown.
 */
function teeSink(primary: ResultSink, extras: ResultSink[]): ResultSink {
  if (extras.length === 0) return primary;
  return {
    emit: async (shown, index, full) => {
      await primary.emit(shown, index, full);
      for (const extra of extras) await extra.emit(full, index, full);
    },
    end: async () => {
      await primary.end();
      for (const extra of extras) await extra.end();
    },
    dispose: () => {
      for (const sink of [primary, ...extras]) sink.dispose?.();
    },
  };
}

/** The baseline a streamed run applies to each result (--baseline, or the default file if present). */
function streamBaseline(flags: CheckFlags): ReturnType<typeof readBaseline> | null {
  const baselinePath = resolve(flags.baseline ?? BASELINE_FILE);
  if (flags.baseline && !existsSync(baselinePath)) throw new UsageError(`${flags.baseline}: no such baseline file`);
  const baseline = flags.baseline || existsSync(baselinePath) ? readBaseline(baselinePath) : null;
  if (baseline?.version === 1) say(`${baselinePath}: an old baseline that counts findings per rule, so a promotion added to a baselined file stays hidden; regenerate it with: graylint baseline …`);
  return baseline;
}

/** No file was checked: nothing changed since the ref (exit 0), or every input was ignored or unmatched (usage). */
function nothingChecked(flags: CheckFlags, unmatched: string[]): number {
  if (flags.changedSince && unmatched.length === 0) {
    process.stdout.write(`no email or template changed since ${flags.changedSince}\n`);
    return EXIT.ok;
  }
  if (unmatched.length === 0) say('every input is ignored by the config');
  return EXIT.usage;
}

/**
 * A check whose report, and each extra report, is written as results arrive and dropped: memory
 * stays flat however many files there are (issue 18). Loaded here, not at start-up: only a run in
 * that format needs its formatter.
 */
async function runCheckStreamed(paths: string[], flags: CheckFlags): Promise<number> {
  const format = flags.format;
  const { SarifLog } = format === 'sarif' || flags.outputSarif ? await import('../report/sarif.js') : { SarifLog: null };
  const { JunitLog } = format === 'junit' ? await import('../report/junit.js') : { JunitLog: null };
  const { StylishLog } = format === 'stylish' ? await import('../report/stylish.js') : { StylishLog: null };
  const { GithubLog } = format === 'github' ? await import('../report/github.js') : { GithubLog: null };
  const html = format === 'html' ? { ...(await import('../report/html/report-log.js')), ...(await import('../report/html/from-report.js')) } : null;
  const sarifLog = (packs: Pack[]) => new SarifLog!(packs, { cwd: process.cwd(), toolVersion: VERSION });
  // Text written to stdout as results arrive is its own progress: no bar is drawn over it.
  const live = !flags.output && ['stylish', 'github', 'json', 'ndjson'].includes(format);
  const color = flags.color !== false && !flags.output && !!process.stdout.isTTY && !process.env['NO_COLOR'];
  const primary = (prepared: Prepared): ResultSink => {
    const out = () => reportOut(flags.output);
    switch (format) {
      case 'json': return jsonSink(out());
      case 'ndjson': return ndjsonSink(out());
      case 'stylish': return textSink(new StylishLog!({ color, laws: registryOf(prepared.packs).laws }), out());
      case 'github': return textSink(new GithubLog!(registryOf(prepared.packs).laws), out());
      case 'sarif': return keptLogSink(sarifLog(prepared.packs), flags.output);
      case 'junit': return keptLogSink(new JunitLog!(prepared.packs), flags.output);
      case 'html': {
        const ctx = formatContext(prepared.packs, { cwd: process.cwd(), toolVersion: VERSION, subject: flags.subject, kind: flags.kind, esp: flags.esp, pathOf: (file) => prepared.names.pathOf(file), stagesOf: prepared.takeStages });
        return htmlSink(new html!.HtmlReportLog({ laws: ctx.registry.laws }), html!.resultPlacer(ctx), flags.output);
      }
    }
  };
  return runStreamed(paths, { ...flags, keepStages: format === 'html' }, (prepared) => {
    const extras: ResultSink[] = [];
    if (flags.outputJson) extras.push(jsonSink(reportOut(flags.outputJson)));
    if (flags.outputSarif) extras.push(keptLogSink(sarifLog(prepared.packs), flags.outputSarif));
    return teeSink(primary(prepared), extras);
  }, live);
}

async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  // Fixing rewrites files and checks them again, and pruning compares the baseline with every
  // result: those two keep the whole report. Every other run streams, in every format.
  if (!(flags.fix || flags.fixDryRun || flags.pruneBaseline)) return runCheckStreamed(paths, flags);
  const { report: checked, packs, unmatched, recheck, names, stagesOf } = await runFiles(paths, { ...flags, keepStages: formatDrawsOnStages(flags.format as FormatName) });
  if (checked.results.length === 0) return nothingChecked(flags, unmatched);

  let report = flags.fix || flags.fixDryRun ? await applyFixes(checked, registryOf(packs), !flags.fix, recheck, names) : checked;
  const baselinePath = resolve(flags.baseline ?? BASELINE_FILE);
  if (flags.baseline || existsSync(baselinePath)) {
    if (!existsSync(baselinePath)) throw new UsageError(`${flags.baseline}: no such baseline file`);
    const baseline = readBaseline(baselinePath);
    if (baseline.version === 1) say(`${baselinePath}: an old baseline that counts findings per rule, so a promotion added to a baselined file stays hidden; regenerate it with: graylint baseline …`);
    report = { ...report, results: report.results.map((r) => applyBaseline(r, baseline, process.cwd())) };
    if (flags.pruneBaseline) {
      const { baseline: pruned, removed } = pruneBaseline(baseline, report, process.cwd());
      writeBaseline(baselinePath, pruned);
      say(`${baselinePath}: pruned ${removed} fixed finding${removed === 1 ? '' : 's'}`);
    }
  } else if (flags.pruneBaseline) {
    throw new UsageError(`${baselinePath}: no baseline to prune (create one with: graylint baseline …)`);
  }

  for (const r of report.results) if (r.error) say(`${r.file}: ${r.error.message}`);
  const code = exitCodeFor(report, { failOn: flags.failOn, maxWarnings: flags.maxWarnings });
  const shown = flags.quiet ? errorsOnly(report) : report;
  const color = flags.color !== false && !flags.output && !!process.stdout.isTTY && !process.env['NO_COLOR'];
  const ctx = formatContext(packs, { color, cwd: process.cwd(), toolVersion: VERSION, subject: flags.subject, kind: flags.kind, esp: flags.esp, pathOf: (file) => names.pathOf(file), stagesOf });
  const text = flags.format === 'ndjson' ? shown.results.map(ndjsonLine).join('') : await (await loadFormatter(flags.format))(shown, ctx);
  if (flags.output) writeReportFile(flags.output, text);
  else process.stdout.write(text);
  // Extra outputs from the same run; writing them never changes the exit code.
  if (flags.outputJson) writeReportFile(flags.outputJson, formatJson(report));
  if (flags.outputSarif) writeReportFile(flags.outputSarif, await (await loadFormatter('sarif'))(report, ctx));
  return unmatched.length ? EXIT.usage : code;
}

async function runBaseline(paths: string[], flags: { config?: string; output?: string; packs?: string[]; jurisdictions?: string[] }): Promise<number> {
  const { report, unmatched } = await runFiles(paths, flags);
  const target = resolve(flags.output ?? BASELINE_FILE);
  const baseline = createBaseline(report, process.cwd());
  writeBaseline(target, baseline);
  const n = report.results.reduce((t, r) => t + r.findings.length, 0);
  process.stdout.write(`wrote ${target}: ${n} finding${n === 1 ? '' : 's'} in ${Object.keys(baseline.files).length} file(s)\n`);
  for (const r of report.results) if (r.error) say(`${r.file}: ${r.error.message}`);
  return unmatched.length ? EXIT.usage : report.results.some((r) => r.error) ? EXIT.unreadable : EXIT.ok;
}

interface DiffFlags {
  format: string;
  config?: string;
  packs?: string[];
  jurisdictions?: string[];
}

/** `graylint diff`: each template against its version at a git ref, under the same config as check. */
async function runDiff(ref: string, paths: string[], flags: DiffFlags): Promise<number> {
  const packs = loadPackSet(flags.packs);
  const config = loadCommandConfig(flags.config, packs, say, flags.jurisdictions);
  try {
    verifyRef(ref, process.cwd());
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { files, unmatched, names } = await expandInputs(paths, commandLineNames());
  for (const u of unmatched) say(`${u}: no email or template files matched`);
  const compared = files.filter((f) => !config.forFile(f).ignored);
  if (files.length && !compared.length) say('every input is ignored by the config');
  const checker = createChecker({ packs });
  const drifts: Drift[] = [];
  for (const f of compared) {
    const fc = config.forFile(f);
    const settings = fc.packSettings();
    const optInLaws = fc.optInLaws();
    const sender = fc.sender;
    let old: Buffer | null;
    try {
      old = gitShow(ref, f, process.cwd());
    } catch (err) {
      throw new UsageError(`diff: git cannot answer here (${String((err as Error).message).split('\n')[0]})`);
    }
    // A name that is not UTF-8 is read by its bytes (issue 15 item 25).
    const path = names.pathOf(f);
    const read = typeof path === 'string' ? null : await readChecked(f, path);
    const now = read === null ? await checker.checkFile(f, { explain: true, settings, optInLaws, sender }) : 'error' in read ? read.error : await checker.checkBuffer(f, read.bytes, { explain: true, settings, optInLaws, sender });
    const laws = registryOf(packs).laws.filter((law) => fc.enabledPacks.has(law.pack)).map((law) => law.id);
    drifts.push(await driftOf(checker, f, old, now, { settings, optInLaws, sender, laws }));
  }
  process.stdout.write(flags.format === 'json' ? `${JSON.stringify({ ref, files: drifts }, null, 2)}\n` : formatDrift(drifts, ref));
  if (unmatched.length || compared.length === 0) return EXIT.usage;
  return drifts.some((d) => d.stricter.length) ? EXIT.findings : EXIT.ok;
}

/** Exit codes under `graylint diff --help` (also in the README's table). */
const DIFF_HELP = `
Examples:
  graylint diff main templates/                    what drifted since main
  graylint diff --format json origin/main .        the same as JSON (each file's changes and stricter laws)

Exit codes (the highest that applies wins: 2 > 1):
  0  no file's class became stricter (loosened or unchanged classes, new files)
  1  a file's class under some law became stricter (e.g. CASL cem-exempt → cem)
  2  usage or config error, a ref git does not know, or no input matched`;

/** Examples and exit codes under `graylint check --help` (the README's table, in short). */
const CHECK_HELP = `
Examples:
  graylint check welcome.html                      readable report
  graylint check --format json 'templates/**/*.html'
  graylint check --explain welcome.html            how each verdict was reached
  graylint check --format html -o report.html templates/

Exit codes (the highest that applies wins: 2 > 3 > 1):
  0  no error-level finding (and warnings within --max-warnings)
  1  an error-level finding, too many warnings, or any warning with --fail-on warning
  2  usage, config, rule-pack or baseline error, or no input matched
  3  an input could not be read or parsed (the others are still checked)`;

/** The report format a -o file name asks for, when --format is not given. */
const FORMAT_BY_EXTENSION: Record<string, Format> = { '.html': 'html', '.htm': 'html', '.json': 'json', '.ndjson': 'ndjson', '.sarif': 'sarif', '.xml': 'junit' };

/** Upper bounds for knobs that size the work: more only exhausts the machine. */
const MAX_WORKERS = Math.min(64, 4 * availableParallelism());
const MAX_VARIANTS_LIMIT = 10_000;

function clampKnobs(flags: { workers?: number; maxVariants?: number }): void {
  if (flags.workers !== undefined && flags.workers > MAX_WORKERS) {
    say(`--workers ${flags.workers} is more than this machine can use; using ${MAX_WORKERS}`);
    flags.workers = MAX_WORKERS;
  }
  if (flags.maxVariants !== undefined && flags.maxVariants > MAX_VARIANTS_LIMIT) {
    say(`--max-variants ${flags.maxVariants} is above the limit; using ${MAX_VARIANTS_LIMIT}`);
    flags.maxVariants = MAX_VARIANTS_LIMIT;
  }
}

/** `--packs <dir>`, repeatable: each folder's packs join the bundled ones. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--jurisdictions us,ca,eu`: a comma-separated list of codes. */
function codes(value: string): string[] {
  return value.split(',').map((c) => c.trim()).filter(Boolean);
}

const JURISDICTIONS_HELP = 'the laws to apply, by jurisdiction code (us, ca, eu, and those of --packs); over the config\'s jurisdictions';

const PACKS_HELP = 'also load the rule packs in this folder (a law of your own is a pack with a law: header); repeatable';

interface ServeFlags {
  host: string;
  port: number;
  workers?: number;
  maxBody?: number;
  maxConnections?: number;
  maxInflightBody?: number;
  config?: string;
  esp?: CheckFlags['esp'];
  packs?: string[];
  jurisdictions?: string[];
  ui?: boolean;
}

/** The service's caps, checked before it starts: a cap that could never be met is a usage error. */
function checkServeCaps(flags: ServeFlags): void {
  if (flags.maxConnections !== undefined && flags.maxConnections < 1) throw new UsageError('--max-connections must be at least 1');
  const maxBody = flags.maxBody ?? SERVER_DEFAULTS.maxBodyBytes;
  if (flags.maxInflightBody !== undefined && flags.maxInflightBody < maxBody) {
    throw new UsageError(`--max-inflight-body ${flags.maxInflightBody} is smaller than --max-body ${maxBody}: a body between the two could never be accepted`);
  }
}

/** Names of this run's inputs: the command line's own bytes where Node could not decode an argument. */
function commandLineNames(): InputNames {
  return new InputNames(argvBytes(process.argv));
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expects a whole number');
  return n;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('graylint')
    .version(VERSION)
    .description("Tells an email's author what the law will think the message is: transactional, marketing or hybrid.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let code: number = EXIT.ok;
  program
    .command('check')
    .description('check emails (.eml), templates (HTML, MJML, text, Liquid, Handlebars, ERB, PHP, FreeMarker, Slim…) and translation files (.yml, .json, .po, .xml, .ini…)')
    .addHelpText('after', CHECK_HELP)
    .argument('[paths...]', 'files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'ndjson', 'sarif', 'github', 'junit', 'html']).default('stylish'))
    .option('-s, --subject <subject>', 'subject line for templates that do not carry one')
    .addOption(new Option('--kind <kind>', 'treat inputs as raw messages or as templates').choices(['eml', 'template']))
    .option('-c, --config <file>', 'config file (default: graylint.config.yaml found upward from here)')
    .option('--print-config <file>', 'print the resolved config for a file and exit')
    .option('--explain', 'show every signal value the verdicts were computed from')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', integer)
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails the run').choices(['error', 'warning']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout (e.g. --format html -o report.html)')
    .option('--output-json <file>', 'also write the JSON report to a file')
    .option('--output-sarif <file>', 'also write a SARIF 2.1.0 report to a file')
    .option('--baseline <file>', `baseline of known findings (default: ./${BASELINE_FILE} when present)`)
    .option('--prune-baseline', 'drop fixed findings from the baseline file')
    .option('--changed-since <ref>', 'check only files changed since a git ref (plus untracked ones)')
    .option('--cache', `reuse results for unchanged files (stored in ./${CACHE_FILE})`)
    .option('--cache-location <file>', 'where --cache keeps its results')
    .option('--fix', 'apply safe fixes (one-click unsubscribe header) and report what remains')
    .option('--fix-dry-run', 'show the safe fixes without writing them')
    .option('--branches', 'check every variant of a template\'s conditionals and loops; report the worst per law with its condition path')
    .addOption(new Option('--esp <esp>', 'inputs are ESP API request bodies (JSON) for this ESP: check the message and its stream').choices(['postmark', 'sendgrid', 'ses', 'mailgun', 'mandrill']))
    .option('--workers <n>', 'worker threads for large batches (default: one per core, from 500 files on 3 or more cores; 1 = no pool)', integer)
    .option('--max-variants <n>', `at most this many variants per template with --branches (default ${DEFAULT_MAX_VARIANTS})`, integer)
    .option('--packs <dir>', PACKS_HELP, collect)
    .option('--jurisdictions <codes>', JURISDICTIONS_HELP, codes)
    .option('--no-color', 'plain output even on a terminal')
    .action(async (paths: string[], flags: CheckFlags & { printConfig?: string }, cmd: Command) => {
      // -o report.html without --format: the file's extension says which report is wanted.
      if (flags.output && cmd.getOptionValueSource('format') !== 'cli') {
        const inferred = FORMAT_BY_EXTENSION[extname(flags.output).toLowerCase()];
        if (inferred) flags.format = inferred;
      }
      clampKnobs(flags);
      if (flags.printConfig) {
        const config = loadCommandConfig(flags.config, loadPackSet(flags.packs), say, flags.jurisdictions);
        process.stdout.write(config.print(flags.printConfig));
        code = EXIT.ok;
        return;
      }
      code = await runCheck(paths, flags);
    });

  program
    .command('baseline')
    .description(`record the findings that exist now in ./${BASELINE_FILE}, so check fails only on new ones`)
    .argument('[paths...]', 'files, directories or globs')
    .option('-c, --config <file>', 'config file')
    .option('-o, --output <file>', 'where to write the baseline', BASELINE_FILE)
    .option('--packs <dir>', PACKS_HELP, collect)
    .option('--jurisdictions <codes>', JURISDICTIONS_HELP, codes)
    .action(async (paths: string[], flags: { config?: string; output?: string; packs?: string[]; jurisdictions?: string[] }) => {
      code = await runBaseline(paths, flags);
    });

  program
    .command('serve')
    .description('run the local HTTP service: POST /v1/check, GET /healthz, GET /metrics (and with --ui a live page at /)')
    .option('--host <host>', 'interface to bind (loopback by default)', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', integer, 8425)
    .addOption(new Option('--esp <esp>', 'inputs are ESP API request bodies (JSON) for this ESP: check the message and its stream').choices(['postmark', 'sendgrid', 'ses', 'mailgun', 'mandrill']))
    .option('--workers <n>', 'worker threads (default: one per core)', integer)
    .option('--max-body <bytes>', `largest request body accepted (default ${SERVER_DEFAULTS.maxBodyBytes}, 10 MiB)`, integer)
    .option('--max-connections <n>', `connections open at once; a request on one past it gets 503 with Retry-After (default ${SERVER_DEFAULTS.maxConnections})`, integer)
    .option(
      '--max-inflight-body <bytes>',
      `request-body bytes held at once across all requests; a body past it gets 503 with Retry-After, unread (default ${SERVER_DEFAULTS.maxInflightBodyBytes}, 64 MiB, or --max-body if larger)`,
      integer,
    )
    .option('-c, --config <file>', 'config file (default: graylint.config.yaml found from the current folder up); requests name their template with ?file= or X-Graylint-File')
    .option('--packs <dir>', PACKS_HELP, collect)
    .option('--jurisdictions <codes>', JURISDICTIONS_HELP, codes)
    .option('--ui', 'also serve a page at / to paste or drop a message and see its verdicts live (loopback only; the page calls /v1/check with a per-start token)')
    .action(async (flags: ServeFlags) => {
      clampKnobs(flags);
      checkServeCaps(flags);
      // The config is read once, before listening: a broken one stops the server from starting.
      const packSet = loadPackSet(flags.packs);
      const config = loadCommandConfig(flags.config, packSet, say, flags.jurisdictions);
      // Loaded here so `graylint check` never pays for the server and its worker pool.
      const { runServe } = await import('../server/index.js');
      await runServe({
        host: flags.host,
        port: flags.port,
        workers: flags.workers,
        maxBodyBytes: flags.maxBody,
        maxConnections: flags.maxConnections,
        maxInflightBodyBytes: flags.maxInflightBody,
        config,
        // A request's own ?jurisdictions= replaces --jurisdictions and the config's, as the flag does on check.
        configFor: (jurisdictions) => loadCommandConfig(flags.config, packSet, () => undefined, jurisdictions),
        packDirs: flags.packs ?? [],
        ...(flags.esp ? { esp: flags.esp } : {}),
        ...(flags.ui ? { ui: true } : {}),
      });
      code = await new Promise<number>(() => undefined); // runs until SIGTERM/SIGINT, which exit the process
    });

  program
    .command('diff')
    .description('compare each template\'s classification with a git ref (e.g. main): verdict changes and new promotions')
    .argument('<ref>', 'git ref to compare with')
    .argument('[paths...]', 'files, directories or globs', ['.'])
    .option('--format <format>', 'text or json', 'text')
    .option('--packs <dir>', PACKS_HELP, collect)
    .option('--jurisdictions <codes>', JURISDICTIONS_HELP, codes)
    .option('-c, --config <file>', 'config file (default: graylint.config.yaml found upward from here): its ignores, settings and jurisdictions apply')
    .addHelpText('after', DIFF_HELP)
    .action(async (ref: string, paths: string[], flags: DiffFlags) => {
      code = await runDiff(ref, paths, flags);
    });

  program
    .command('rules')
    .description('list the packs, their classification tests and their rules')
    .option('--packs <dir>', PACKS_HELP, collect)
    .action((flags: { packs?: string[] }) => {
      process.stdout.write(listRules(loadPackSet(flags.packs)));
    });

  const packsCmd = program.command('packs').description('work with rule packs');
  packsCmd
    .command('lint')
    .description('validate rule packs (schema, conditions, signal names) without checking any mail')
    .argument('[dir]', 'folder of pack YAML files', RULES_DIR)
    .action(async (dir: string) => {
      const packs = loadPacks(dir);
      // Loaded here, not at start-up: the signal vocabulary it reads is no part of a check.
      const { lintPacks } = await import('../packs/lint.js');
      const problems = lintPacks(packs);
      for (const p of problems) say(p);
      if (!problems.length) process.stdout.write(`${packs.length} pack${packs.length === 1 ? '' : 's'} OK: ${packs.reduce((n, p) => n + p.rules.length, 0)} rules, ${packs.reduce((n, p) => n + p.classify.length, 0)} classification tests\n`);
      code = problems.length ? EXIT.usage : EXIT.ok;
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (err instanceof PackError) say(`rule pack error: ${err.message}`);
    else if (err instanceof ConfigError || err instanceof BaselineError || err instanceof UsageError) say(err.message);
    else say(`internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return EXIT.usage;
  }
  return code;
}

// A reader that stops early (`graylint check … | head`) is not an error: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  throw err;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.usage;
  },
);

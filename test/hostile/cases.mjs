// Hostile cases that a raw input file cannot capture: a graylint command run on a generated input
// (too big to commit, or a file name git and other systems cannot hold), or a flood of requests
// against `graylint serve`. Each is declared in fixtures/regressions/<name>.case.json with the
// exit code it must end with; test/hostile/regressions.test.ts replays them in `npm test`, and
// scripts/fuzz.mjs replays them with a time bound for each. Plain ESM, like arbitraries.mjs, so
// the script runs it without a build step; types in cases.d.mts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p>';

/** Every `*.case.json` of a folder, by file name. */
export function loadCases(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.case.json'))
    .sort()
    .map((name) => ({ name, spec: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
}

/** Thrown by a generator when this system cannot make the input (no mkfifo, no git): the case is skipped, and says so. */
class SkipCase extends Error {}

/** Inputs made when a case runs, in its own temporary folder; returns the path `{input}` stands for. */
const GENERATORS = {
  /** A receipt, then `depth` nested elements. */
  'nested-elements': (dir, { name, depth, tag = 'div' }) => {
    const path = join(dir, name);
    writeFileSync(path, `${RECEIPT}${`<${tag}>`.repeat(depth)}<p>Deep text</p>${`</${tag}>`.repeat(depth)}`);
    return path;
  },
  /** A receipt, then one element with `count` attributes. */
  'many-attributes': (dir, { name, count }) => {
    const path = join(dir, name);
    const attrs = Array.from({ length: count }, (_, i) => `data-a${i}="x"`).join(' ');
    writeFileSync(path, `${RECEIPT}<div ${attrs}>Attribute flood</div>`);
    return path;
  },
  /**
   * A folder of files, each `{ name, text }`, or made of parts: `prefixHex` (bytes first), `text`,
   * `repeat: { text, count }` then `suffix`; or `fifo: true` (a named pipe; the case is skipped
   * where mkfifo is missing), `sparseBytes` (a file of that size that takes no disk), or
   * `linkTo` (a symbolic link: `outside/<name>` is a file of `outside`, a folder beside the
   * inputs, anything else a path inside). `git: true` makes the folder a repository with one commit.
   */
  files: (dir, { files, outside = [], git = false }) => {
    const folder = join(dir, 'inputs');
    const out = join(dir, 'outside');
    mkdirSync(folder);
    mkdirSync(out);
    for (const f of outside) writeFileSync(join(out, f.name), f.text);
    for (const f of files) {
      const path = join(folder, f.name);
      if (f.fifo) {
        if (spawnSync('mkfifo', [path]).status !== 0) throw new SkipCase('mkfifo is not available');
      } else if (f.sparseBytes !== undefined) {
        writeFileSync(path, '');
        truncateSync(path, f.sparseBytes);
      } else if (f.linkTo !== undefined) {
        symlinkSync(f.linkTo.startsWith('outside/') ? join(out, f.linkTo.slice(8)) : join(folder, f.linkTo), path);
      } else {
        const repeated = f.repeat ? f.repeat.text.repeat(f.repeat.count) : '';
        writeFileSync(path, Buffer.concat([Buffer.from(f.prefixHex ?? '', 'hex'), Buffer.from(`${f.text ?? ''}${repeated}${f.suffix ?? ''}`)]));
      }
    }
    if (git) {
      for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=case', '-c', 'user.email=case@example.com', 'commit', '-qm', 'inputs']]) {
        if (spawnSync('git', args, { cwd: folder }).status !== 0) throw new SkipCase('git is not available');
      }
    }
    return folder;
  },
  /** A folder of files named by bytes (hex), e.g. Latin-1 names that are not UTF-8. */
  'byte-named-files': (dir, { files }) => {
    const folder = join(dir, 'inputs');
    mkdirSync(folder);
    for (const f of files) writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), Buffer.from(f.nameHex, 'hex')]), f.content ?? RECEIPT);
    return folder;
  },
};

/**
 * Runs one case with the CLI at `cli`. Returns the exit code, the wall time in ms, and `problems`:
 * every way the run differs from the case's declaration (empty when it holds).
 */
export async function runCase(spec, { cli }) {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-case-'));
  try {
    return spec.serve ? await runServeCase(spec, cli) : await runCommandCase(spec, cli, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runCommandCase(spec, cli, dir) {
  const generate = GENERATORS[spec.input.generate];
  if (!generate) return { exit: null, ms: 0, problems: [`unknown generator ${spec.input.generate}`] };
  let input;
  try {
    input = generate(dir, spec.input);
  } catch (err) {
    if (err instanceof SkipCase) return { exit: spec.exit, ms: 0, problems: [], skipped: err.message };
    throw err;
  }
  const fill = (arg) => arg.replaceAll('{input}', input).replaceAll('{tmp}', dir);
  const start = performance.now();
  const { code, stdout, stderr } = await run(process.execPath, [cli, ...spec.run.map(fill)], {
    cwd: spec.cwd ? fill(spec.cwd) : undefined,
    closeStdoutEarly: !!spec.closeStdoutEarly,
  });
  const ms = performance.now() - start;
  const problems = [];
  if (code !== spec.exit) problems.push(`exit ${code}, expected ${spec.exit}; stderr: ${stderr.slice(0, 300)}`);
  for (const f of spec.writes ?? []) if (!existsSync(fill(f))) problems.push(`did not write ${f}`);
  for (const f of spec.notWrites ?? []) if (existsSync(fill(f))) problems.push(`wrote ${f}`);
  for (const [stream, text] of [['stdout', stdout], ['stderr', stderr]]) {
    const must = spec[stream];
    if (must && !new RegExp(must).test(text)) problems.push(`${stream} does not match /${must}/: ${text.slice(0, 300)}`);
    const mustNot = spec[`not${stream[0].toUpperCase()}${stream.slice(1)}`];
    if (mustNot && new RegExp(mustNot).test(text)) problems.push(`${stream} matches /${mustNot}/`);
  }
  return { exit: code, ms, problems };
}

/**
 * Starts `graylint <spec.serve…>` (which must include --port 0), sends `flood.clients` requests at
 * once, each with a `flood.bodyBytes` body, then SIGTERM. Checks the answers' statuses, that
 * every 503 carries Retry-After, how much the server's peak RSS grew (Linux), and its exit code.
 */
async function runServeCase(spec, cli) {
  const child = spawn(process.execPath, [cli, ...spec.serve], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const problems = [];
  const start = performance.now();
  try {
    const port = await listeningPort(() => stderr, child);
    const idleRss = memory(child.pid, 'VmRSS');
    const answers = await flood(port, spec.flood);
    const peak = memory(child.pid, 'VmHWM');
    const statuses = answers.map((a) => a.status);
    for (const s of new Set(statuses)) if (s !== 0 && !spec.expectStatuses.includes(s)) problems.push(`answered ${s}, expected only ${spec.expectStatuses.join(', ')}`);
    if (spec.expectStatuses.includes(503) && !statuses.includes(503)) problems.push('no request was refused with 503');
    if (answers.some((a) => a.status === 503 && !a.retryAfter)) problems.push('a 503 without Retry-After');
    if (idleRss !== null && peak !== null && spec.maxRssGrowthMb !== undefined) {
      const growth = (peak - idleRss) / 1024;
      if (growth > spec.maxRssGrowthMb) problems.push(`peak RSS grew by ${growth.toFixed(0)} MB under the flood, more than ${spec.maxRssGrowthMb} MB`);
    }
    child.kill('SIGTERM');
  } catch (err) {
    problems.push(String(err?.message ?? err));
    child.kill('SIGKILL');
  }
  const code = await exited;
  const ms = performance.now() - start;
  if (code !== spec.exit) problems.push(`exit ${code}, expected ${spec.exit}; stderr: ${stderr.slice(-300)}`);
  return { exit: code, ms, problems };
}

function listeningPort(stderr, child) {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr());
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`graylint serve did not start: ${stderr().slice(0, 300)}`));
      }
    }, 25);
  });
}

/** A /proc/<pid>/status field in kB, or null where there is none (not Linux). */
function memory(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** All clients at once; each answer's status (0 when the connection ended without one) and whether it had Retry-After. */
function flood(port, { clients, bodyBytes }) {
  const body = Buffer.alloc(bodyBytes, 0x61);
  const head = `POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: ${bodyBytes}\r\nConnection: close\r\n\r\n`;
  return Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise((resolve) => {
          let got = '';
          const socket = connect({ host: '127.0.0.1', port }, () => {
            socket.write(head);
            socket.write(body);
          });
          socket.on('data', (d) => (got += d.toString('latin1')));
          socket.on('error', () => undefined);
          socket.on('close', () => {
            const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0);
            resolve({ status, retryAfter: /\r\nretry-after: *\d+/i.test(got) });
          });
        }),
    ),
  );
}

/**
 * Runs a command to its end: exit code, stdout and stderr. `closeStdoutEarly`: read one chunk of
 * stdout, then close the pipe, as `graylint check … | head -c 100` does.
 */
function run(command, args, { cwd, closeStdoutEarly } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      if (closeStdoutEarly) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

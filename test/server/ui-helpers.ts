// Starts the built CLI's `graylint serve` (dist/bundle/main.js) in a child process, in a folder
// of its own (no graylint.config.yaml above it), for the tests of the live page (`--ui`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, waitFor } from './helpers.js';

export const CLI = join(ROOT, 'dist/bundle/main.js');

export interface ServeChild {
  url: string;
  /** The folder it runs in (and where `check` below runs). */
  cwd: string;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startServe(args: string[], cwd = mkdtempSync(join(tmpdir(), 'graylint-ui-'))): Promise<ServeChild> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--workers', '1', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitFor(() => /listening on http:\/\/\S+/.test(stderr) || child.exitCode !== null, 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
  if (!url) throw new Error(`graylint serve did not start: ${stderr}`);
  return {
    url,
    cwd,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `graylint check --format json …` in `cwd`: the one result it prints. */
export function checkJson(cwd: string, args: string[]): Record<string, unknown> {
  const out = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  const doc = JSON.parse(out.stdout) as { results: Array<Record<string, unknown>> };
  if (doc.results.length !== 1) throw new Error(`expected one result, got ${doc.results.length}: ${out.stderr}`);
  return doc.results[0]!;
}

/** The token written into the page. */
export function tokenOf(page: string): string {
  const m = /<meta name="graylint-token" content="([^"]*)">/.exec(page);
  if (!m) throw new Error('the page carries no token');
  return m[1]!;
}

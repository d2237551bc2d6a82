import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

/**
 * The bin compiles the bundle with the V8 code cache the build wrote (scripts/cli-loader.cjs). A
 * cache that cannot be used (made by another Node, corrupt, or older than the bundle) must leave
 * the CLI doing exactly what it does with the build's own: here a copy of dist/bundle (beside the
 * real data, rules and packages) is run with each and compared with the shipped bin.
 */
const BIN = join(ROOT, 'dist/bundle/main.js');
const INPUTS = [join(FIXTURES, 'gray-zone/receipt-with-referral.eml'), join(FIXTURES, 'gray-zone/password-reset-plain.de.html')];

function run(bin: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let root: string;
let bundle: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'graylint-code-cache-'));
  bundle = join(root, 'dist/bundle');
  mkdirSync(bundle, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'dist/bundle'))) copyFileSync(join(ROOT, 'dist/bundle', f), join(bundle, f));
  // What the bundle reads by its own path: ../data, ../../rules, ../../lexicons, ../../models
  // (the learned fallback), the packages.
  symlinkSync(join(ROOT, 'dist/data'), join(root, 'dist/data'), 'junction');
  for (const d of ['rules', 'lexicons', 'models', 'node_modules']) symlinkSync(join(ROOT, d), join(root, d), 'junction');
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the code cache of the bundled CLI', () => {
  const expected = () => run(BIN, 'check', '--format', 'json', '--explain', ...INPUTS);

  it('is written by the build beside the bundle', () => {
    expect(readdirSync(join(ROOT, 'dist/bundle'))).toContain('cli.code-cache');
  });

  it('changes nothing when V8 refuses it: a corrupt cache', () => {
    writeFileSync(join(bundle, 'cli.code-cache'), Buffer.alloc(4096, 7));
    const want = expected();
    const got = run(join(bundle, 'main.js'), 'check', '--format', 'json', '--explain', ...INPUTS);
    expect(got.code).toBe(want.code);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stderr).toBe(want.stderr);
  });

  it('changes nothing when older than the bundle (not used), nor when absent', () => {
    copyFileSync(join(ROOT, 'dist/bundle/cli.code-cache'), join(bundle, 'cli.code-cache'));
    const past = new Date(Date.now() - 3600_000);
    utimesSync(join(bundle, 'cli.code-cache'), past, past);
    const want = expected();
    expect(run(join(bundle, 'main.js'), 'check', '--format', 'json', '--explain', ...INPUTS).stdout).toBe(want.stdout);
    rmSync(join(bundle, 'cli.code-cache'));
    expect(run(join(bundle, 'main.js'), 'check', '--format', 'json', '--explain', ...INPUTS).stdout).toBe(want.stdout);
  });
});

import { spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Installs the pre-commit hook the way pre-commit's node language does
 * (pre_commit/languages/node.py): in a clone of the repository, `npm pack` — which runs
 * `prepare`, the build — and the tarball's name is read from stdout (stripped), then
 * `npm install -g <tarball>`.
 *
 * Two steps differ, to stay offline and fast: the clone reuses this checkout's node_modules
 * instead of running `npm install`, and the tarball is unpacked next to those node_modules instead
 * of `npm install -g` (which must fetch the registry's package metadata: `npm ci` caches the
 * tarballs, not the metadata, so `npm install -g --offline` fails with ENOTCACHED here).
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const TARBALL = `${pkg.name}-${pkg.version}.tgz`;

/** The environment without what `npm test` adds (npm_config_*, npm_lifecycle_*), as pre-commit runs npm. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

let work: string;
let clone: string;
let pack: ReturnType<typeof spawnSync>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'graylint-hook-'));
  clone = join(work, 'clone');
  // What a clone holds: the tracked files (plus new, not ignored ones, so the test sees work in progress).
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(clone, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  pack = spawnSync('npm', ['pack'], { cwd: clone, encoding: 'utf8', env: cleanEnv(), timeout: 120_000 });
}, 150_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('installing the pre-commit hook', () => {
  it('npm pack prints exactly the tarball name on stdout (the build speaks on stderr only)', () => {
    expect(pack.status, String(pack.stderr)).toBe(0);
    expect(pack.stdout).toBe(`${TARBALL}\n`);
    expect(existsSync(join(clone, String(pack.stdout).trim()))).toBe(true);
  });

  it('the tarball holds the built CLI and its data, not the sources or tests', () => {
    const listing = spawnSync('tar', ['-tzf', join(clone, TARBALL)], { encoding: 'utf8' });
    expect(listing.status, listing.stderr).toBe(0);
    const files = new Set(listing.stdout.split('\n').filter(Boolean));
    const bin = `package/${pkg.bin['graylint']!.replace(/^\.\//, '')}`;
    for (const f of [bin, 'package/package.json', 'package/dist/index.js', 'package/dist/server/worker.js', 'package/rules/casl.yaml', 'package/lexicons/en.yaml']) expect(files.has(f), f).toBe(true);
    expect([...files].some((f) => f.startsWith('package/dist/data/')), 'compiled data').toBe(true);
    expect([...files].filter((f) => /^package\/(src|test|fixtures|eval)\//.test(f))).toEqual([]);
  });

  it('the installed bin checks a fixture: a receipt with a referral is a CEM, exit 1', () => {
    const installed = join(work, 'installed');
    mkdirSync(installed);
    const untar = spawnSync('tar', ['-xzf', join(clone, TARBALL), '-C', installed], { encoding: 'utf8' });
    expect(untar.status, untar.stderr).toBe(0);
    const root = join(installed, 'package');
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const bin = join(root, pkg.bin['graylint']!);
    accessSync(bin, constants.X_OK); // run through its #! line, as the linked `graylint` is
    const r = spawnSync(bin, ['check', '--format', 'json', 'fixtures/gray-zone/receipt-with-referral.eml'], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv(), NO_COLOR: '1' }, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    const result = (JSON.parse(r.stdout) as { results: Array<{ category: string; verdicts: Record<string, { class: string }> }> }).results[0]!;
    expect(result.category).toBe('hybrid');
    expect(result.verdicts['casl']!.class).toBe('cem');
  });
});

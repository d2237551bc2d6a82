import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';

/** End-to-end: the built CLI, as a user runs it. One test per row of the README's exit-code table. */
const CLI = join(ROOT, 'dist/bundle/main.js'); // the shipped bin
const GOOD = join(FIXTURES, 'gray-zone/receipt-with-referral.eml');
const CLEAN = join(FIXTURES, 'gray-zone/password-reset-plain.fr.eml');

function graylint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const bad: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'graylint-cli-'));
  bad.empty = join(dir, 'empty.eml');
  writeFileSync(bad.empty, '');
  bad.binary = join(dir, 'blob.html');
  writeFileSync(bad.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
  bad.png = join(dir, 'banner.png');
  writeFileSync(bad.png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]));
  bad.huge = join(dir, 'huge.html');
  writeFileSync(bad.huge, Buffer.alloc(30 * 1024 * 1024, 'a'));
  bad.brokenMime = join(dir, 'broken.eml');
  writeFileSync(bad.brokenMime, '\u0000\u0001garbage without any headers\n\nbody');
  bad.noHeaders = join(dir, 'noheaders.eml');
  writeFileSync(bad.noHeaders, 'this is not a message at all, just words\nand more words\n');
  bad.dir = join(dir, 'a-directory.eml');
  mkdirSync(bad.dir);
  bad.emptyDir = join(dir, 'nothing-here');
  mkdirSync(bad.emptyDir);
});

describe('graylint check exit codes', () => {
  it('0: no error-level finding', () => {
    const r = graylint('check', CLEAN);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('transactional');
  });

  it('1: error-level findings', () => {
    const r = graylint('check', GOOD);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('casl/promo-in-transactional');
  });

  it('2: usage error', () => {
    expect(graylint('check', '--format', 'xml', GOOD).code).toBe(2);
    expect(graylint('frobnicate').code).toBe(2);
    expect(graylint('check').code).toBe(2);
  });

  it('2: no input matched', () => {
    const r = graylint('check', join(dir, 'nothing-*.html'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no email or template files matched/);
    expect(graylint('check', bad.emptyDir!).code).toBe(2);
  });

  it('3: an input cannot be read, and the others are still checked', () => {
    const r = graylint('check', '--format', 'json', bad.empty!, GOOD, bad.png!);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout) as { results: Array<{ file: string; error?: { code: string }; category?: string }> };
    expect(out.results).toHaveLength(3);
    expect(out.results[1]!.category).toBe('hybrid');
    expect(out.results[0]!.error?.code).toBe('unreadable');
    expect(out.results[2]!.error?.code).toBe('unsupported');
  });

  it('2 wins over 3 and 1 when several apply', () => {
    expect(graylint('check', bad.empty!, GOOD, join(dir, 'nothing-*.eml')).code).toBe(2);
  });
});

describe('bad input: one line naming the file and the problem, never a stack trace', () => {
  const cases: Array<[string, RegExp, string]> = [
    ['empty', /file is empty/, 'unreadable'],
    ['binary', /binary file/, 'unsupported'],
    ['png', /binary file \(PNG image\)/, 'unsupported'],
    ['huge', /exceeds the 25\.0 MB input limit/, 'too-large'],
    ['brokenMime', /binary file|not a MIME message/, 'unsupported'],
    ['noHeaders', /not a MIME message/, 'unreadable'],
    ['dir', /is a directory|matched/, 'unsupported'],
  ];
  for (const [name, message] of cases) {
    it(name, () => {
      const r = graylint('check', bad[name]!, CLEAN);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(bad[name]!);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toContain('password-reset-plain.fr.eml');
      expect([2, 3]).toContain(r.code);
    });
  }

  it('missing path', () => {
    const r = graylint('check', join(dir, 'missing.eml'), CLEAN);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(`graylint: ${join(dir, 'missing.eml')}: no such file`);
  });

  it('reports the error code in JSON for each bad file', () => {
    const r = graylint('check', '--format', 'json', bad.huge!, bad.png!, bad.empty!);
    const out = JSON.parse(r.stdout) as { results: Array<{ error?: { code: string }; verdicts?: unknown }> };
    expect(out.results.map((x) => x.error?.code)).toEqual(['too-large', 'unsupported', 'unreadable']);
    expect(out.results.every((x) => x.verdicts === undefined)).toBe(true);
  });
});

describe('json output contract', () => {
  it('has the fixed fields and values of output-contract.md', () => {
    const r = graylint('check', '--format', 'json', GOOD);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const res = out.results[0];
    expect(['eml', 'html', 'text', 'mjml', 'template']).toContain(res.kind);
    expect(['transactional', 'marketing', 'hybrid']).toContain(res.category);
    expect(['transactional', 'marketing']).toContain(res.stream);
    expect(['commercial', 'transactional']).toContain(res.verdicts['can-spam'].class);
    expect(['cem', 'cem-exempt', 'not-cem']).toContain(res.verdicts.casl.class);
    expect(['direct-marketing', 'service']).toContain(res.verdicts.gdpr.class);
    for (const law of ['can-spam', 'casl', 'gdpr']) expect(res.verdicts[law].decidedBy.length).toBeGreaterThan(0);
    for (const f of res.findings) {
      expect(Object.keys(f).sort()).toEqual(['citation', 'evidence', 'fix', 'location', 'message', 'ruleId', 'severity']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(['subject', 'preheader', 'from', 'header', 'body', 'cta', 'footer']).toContain(f.location.scope);
    }
  });
});

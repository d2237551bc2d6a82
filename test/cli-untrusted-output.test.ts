/**
 * Untrusted names and refs on every path out of the CLI: stderr lines cannot forge workflow
 * commands or carry terminal controls, a ref cannot become a git option, and a reader that stops
 * early gets no stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const CLI = join(ROOT, 'dist/bundle/main.js');

describe('stderr is one safe line per problem', () => {
  it('shows a newline or an escape sequence in a file name escaped, never as a new line or a control', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-names-'));
    const name = 'bad\n::stop-commands::pwned\u001b[31m.html';
    writeFileSync(join(dir, name), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', join(dir, name)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(3);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bad\\n::stop-commands::pwned');
    expect(r.stderr).not.toMatch(/^::/m);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('--changed-since takes a revision, never an option', () => {
  it('refuses a ref that looks like a git option, writes nothing, exit 2', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'graylint-ref-'));
    spawnSync('git', ['init', '-q'], { cwd });
    writeFileSync(join(cwd, 'a.html'), '<p>Hello</p>');
    const r = spawnSync(process.execPath, [CLI, 'check', '--changed-since=--output=pwned.txt', 'a.html'], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a git revision/);
    expect(existsSync(join(cwd, 'pwned.txt'))).toBe(false);
  });

  it('says when the ref is not a commit', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'graylint-ref-'));
    spawnSync('git', ['init', '-q'], { cwd });
    writeFileSync(join(cwd, 'a.html'), '<p>Hello</p>');
    const r = spawnSync(process.execPath, [CLI, 'check', '--changed-since', 'no-such-branch', 'a.html'], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a commit in this repository/);
  });
});

describe('a reader that stops early', () => {
  it('gets no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', join(ROOT, 'fixtures')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read one chunk, then close the pipe as `head -c` would.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:/);
    expect(code).not.toBeNull();
  }, 60000);
});

describe('output file and knobs', () => {
  const fixture = join(ROOT, 'fixtures/gray-zone/receipt-with-referral.eml');

  it('infers the report format from -o when --format is not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-out-'));
    const html = join(dir, 'report.html');
    spawnSync(process.execPath, [CLI, 'check', '-o', html, fixture], { encoding: 'utf8' });
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    const json = join(dir, 'report.json');
    spawnSync(process.execPath, [CLI, 'check', '-o', json, fixture], { encoding: 'utf8' });
    expect(JSON.parse(readFileSync(json, 'utf8')).version).toBe(1);
  });

  it('keeps an explicit --format over the extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-out-'));
    const out = join(dir, 'report.html');
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '-o', out, fixture], { encoding: 'utf8' });
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('clamps a runaway --workers or --max-variants with a one-line notice', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--workers', '1000', '--max-variants', '100000', '--format', 'json', fixture], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--workers 1000 is more than this machine can use; using \d+/);
    expect(r.stderr).toMatch(/--max-variants 100000 is above the limit; using 10000/);
    expect(JSON.parse(r.stdout).results).toHaveLength(1);
  });
});

describe('the laws\' words', () => {
  it('are explained once, after the files, when the report uses them', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', join(ROOT, 'fixtures/gray-zone/receipt-with-referral.eml')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout.match(/^CEM: commercial electronic message/gm)).toHaveLength(1);
    expect(r.stdout).toMatch(/^T\/R: transactional or relationship content/m);
  });
});

describe('folders are read inside their own tree', () => {
  it('does not follow a link out of the folder, and checks a file linked twice once', () => {
    const outside = mkdtempSync(join(tmpdir(), 'graylint-secret-'));
    writeFileSync(join(outside, 'secret.html'), '<p>API key: s3cr3t-do-not-print</p>');
    const dir = mkdtempSync(join(tmpdir(), 'graylint-tree-'));
    writeFileSync(join(dir, 'welcome.html'), '<p>Welcome to Acme. Your account is ready.</p>');
    symlinkSync(join(outside, 'secret.html'), join(dir, 'leak.html'));
    symlinkSync(join(dir, 'welcome.html'), join(dir, 'again.html'));
    symlinkSync(dir, join(dir, 'loop'));
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', dir], { encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string }> }).results.map((x) => x.file);
    expect(files.some((f) => f.endsWith('leak.html'))).toBe(false);
    expect(r.stdout).not.toContain('s3cr3t');
    expect(files.filter((f) => /welcome\.html$|again\.html$/.test(f))).toHaveLength(1);
  });
});

describe('--cache reads nothing before the guards', () => {
  it('does not hang on a FIFO among the inputs, nor on a FIFO where the cache should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-fifo-'));
    writeFileSync(join(dir, 'ok.html'), '<p>Your order #12 has shipped. Tracking 1Z999AA10123456784.</p>');
    const made = spawnSync('mkfifo', [join(dir, 'pipe.html'), join(dir, 'cache.json')]);
    if (made.status !== 0) return; // no mkfifo on this system
    const r = spawnSync(process.execPath, [CLI, 'check', '--cache', '--cache-location', join(dir, 'cache.json'), '--format', 'json', join(dir, 'ok.html'), join(dir, 'pipe.html')], { encoding: 'utf8', timeout: 20000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/pipe\.html: /);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(2);
  });
});

describe('.mbox files are split within bounds', () => {
  it('does not hang on a FIFO named .mbox', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-mbox-'));
    if (spawnSync('mkfifo', [join(dir, 'box.mbox')]).status !== 0) return;
    const r = spawnSync(process.execPath, [CLI, 'check', join(dir, 'box.mbox')], { encoding: 'utf8', timeout: 20000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/box\.mbox: /);
  });

  it('refuses a message over the size cap without holding it, and checks the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-mbox-'));
    const ok = 'From a@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: Your order #12\n\nYour order #12 has shipped.\n\n';
    const huge = `From b@example.com Mon Jan  1 00:00:00 2024\nFrom: b@example.com\nSubject: Big\n\n${'x'.repeat(27 * 1024 * 1024)}\n`;
    writeFileSync(join(dir, 'box.mbox'), ok + huge);
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', join(dir, 'box.mbox')], { encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(3);
    const results = (JSON.parse(r.stdout) as { results: Array<{ file: string; error?: { code: string } }> }).results;
    expect(results).toHaveLength(2);
    expect(results[0]!.error).toBeUndefined();
    expect(results[1]!.error?.code).toBe('too-large');
  }, 60000);
});

describe('ESP API requests given without --esp', () => {
  it('are read as the ESP request their shape says, not as HTML', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', join(ROOT, 'fixtures/esp/postmark-receipt-with-coupon.json')], { encoding: 'utf8' });
    const result = (JSON.parse(r.stdout) as { results: Array<{ kind: string; routing?: { esp: string }; error?: unknown }> }).results[0]!;
    expect(result.error).toBeUndefined();
    expect(result.kind).toBe('eml');
    expect(result.routing?.esp).toBe('postmark');
  });
});

describe('locations', () => {
  const eml = join(ROOT, 'fixtures/gray-zone/receipt-with-referral.eml');

  it('gives a header finding no body line, and names the MIME part of a body line', () => {
    const json = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', eml], { encoding: 'utf8' });
    const findings = (JSON.parse(json.stdout) as { results: Array<{ findings: Array<{ ruleId: string; location: { scope: string; line?: number; part?: string } }> }> }).results[0]!.findings;
    const header = findings.find((f) => f.location.scope === 'header')!;
    expect(header).toBeDefined();
    expect(header.location.line).toBeUndefined();
    const text = spawnSync(process.execPath, [CLI, 'check', eml], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(text.stdout).toMatch(/^ {2}\w+ +body \d+:\d+ \(text\/html\) /m);
    expect(text.stdout).toMatch(/^ {2}error +header +This marketing message lacks one-click/m);
  });
});

describe('--branches on an mbox', () => {
  it('checks each message from its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-mbox-'));
    writeFileSync(join(dir, 'box.mbox'), 'From a@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: Your order #12\n\nYour order #12 has shipped.\n\nFrom b@example.com Mon Jan  1 00:00:00 2024\nFrom: b@example.com\nSubject: Sale\n\nEverything 50% off this weekend.\n');
    const r = spawnSync(process.execPath, [CLI, 'check', '--branches', '--format', 'json', join(dir, 'box.mbox')], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/no such file/);
    const results = (JSON.parse(r.stdout) as { results: Array<{ error?: unknown }> }).results;
    expect(results).toHaveLength(2);
    expect(results.every((x) => x.error === undefined)).toBe(true);
  });
});

describe('--branches on conditionals nested thousands deep', () => {
  it('checks that template whole, with a note, and reports the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-deep-'));
    writeFileSync(join(dir, 'deep.liquid'), `${'{% if a %}'.repeat(3000)}<p>Hi</p>${'{% endif %}'.repeat(3000)}`);
    const r = spawnSync(process.execPath, [CLI, 'check', '--branches', '--format', 'json', join(dir, 'deep.liquid'), join(ROOT, 'fixtures/gray-zone/receipt-with-referral.eml')], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).not.toMatch(/call stack|internal error/);
    const results = (JSON.parse(r.stdout) as { results: Array<{ error?: unknown; branches?: { note?: string } }> }).results;
    expect(results).toHaveLength(2);
    expect(results[0]!.branches?.note).toMatch(/deeper than 64/);
    expect(results[1]!.error).toBeUndefined();
  });
});

describe('help', () => {
  it('check --help lists examples and the exit codes', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/Examples:/);
    for (const code of ['0', '1', '2', '3']) expect(r.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('serve --help shows the body-size default the service applies', async () => {
    const { SERVER_DEFAULTS } = await import('../src/server/http.js');
    const r = spawnSync(process.execPath, [CLI, 'serve', '--help'], { encoding: 'utf8' });
    expect(r.stdout).toContain(`default ${SERVER_DEFAULTS.maxBodyBytes}`);
  });
});

describe('globs', () => {
  it('match files outside the working directory, below the glob\'s own folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-glob-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.html'), '<p>Your order #12 has shipped.</p>');
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', `${dir}/**/*.html`], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).not.toBe(2);
    expect((JSON.parse(r.stdout) as { results: unknown[] }).results).toHaveLength(1);
  });
});

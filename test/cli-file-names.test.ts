/**
 * Issue 15 item 25: a file whose name is not valid UTF-8 (Latin-1 "café" from an old archive;
 * Linux keeps names as bytes) is checked, from a folder and from the command line, and its name is
 * shown escaped on every line graylint writes, stdout and stderr alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { escapeFileName, InputNames } from '../src/cli/file-names.js';
import { argvBytes } from '../src/cli/argv-bytes.js';

const CLI = join(ROOT, 'dist/bundle/main.js');
const RECEIPT = '<p>Your order #10442 has shipped. Track your package with UPS: 1Z999AA10123456784.</p>';
/** "café-receipt.html" in Latin-1: 0xE9 alone is not UTF-8. */
const LATIN1_NAME = Buffer.from('caf\xe9-receipt.html', 'latin1');
const SHOWN = 'caf\\xE9-receipt.html';

/** A fresh folder holding files named by the given bytes. */
function folderWith(files: Array<[Buffer, string]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-bytes-'));
  for (const [name, content] of files) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), content);
  return dir;
}

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/**
 * Runs the CLI with a file argument given as bytes. Node cannot put bytes that are not UTF-8 on a
 * child's command line, so a shell does: printf turns the octal escape into the byte.
 */
function runWithByteArgument(args: string[], dir: string, printfName: string) {
  const script = `exec "$0" "$1" ${args.map((a) => `'${a}'`).join(' ')} "$(printf '%s/${printfName}' "$2")"`;
  return spawnSync('sh', ['-c', script, process.execPath, CLI, dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

const noReplacementCharacter = (s: string) => expect(s).not.toContain('\uFFFD');

describe('file names that are not valid UTF-8', () => {
  it('are checked when their folder is given, and shown escaped in the JSON and stylish output', () => {
    const dir = folderWith([[LATIN1_NAME, RECEIPT]]);
    const json = run(['check', '--format', 'json', dir]);
    expect(json.status, json.stderr).toBe(0);
    const results = (JSON.parse(json.stdout) as { results: Array<{ file: string; error?: unknown; category?: string }> }).results;
    expect(results).toHaveLength(1);
    expect(results[0]!.file).toBe(`${dir}/${SHOWN}`);
    expect(results[0]!.error).toBeUndefined();
    expect(results[0]!.category).toBe('transactional');

    const stylish = run(['check', dir]);
    expect(stylish.stdout).toContain(`${dir}/${SHOWN}  transactional`);
    for (const out of [json.stdout, json.stderr, stylish.stdout, stylish.stderr]) noReplacementCharacter(out);
  });

  it('are checked when named on the command line', () => {
    const dir = folderWith([[LATIN1_NAME, RECEIPT]]);
    const r = runWithByteArgument(['check', '--format', 'github'], dir, 'caf\\351-receipt.html');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/no such file/);
    expect(r.stdout).toContain(SHOWN);
    noReplacementCharacter(r.stdout);
  });

  it('are found by a glob', () => {
    const dir = folderWith([[LATIN1_NAME, RECEIPT]]);
    const r = run(['check', '--format', 'json', `${dir}/*.html`]);
    expect(r.status, r.stderr).toBe(0);
    // (A glob's matches are named relative to the working directory.)
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string; error?: unknown }> }).results;
    expect(files).toHaveLength(1);
    expect(files[0]!.file.endsWith(`/${SHOWN}`)).toBe(true);
    expect(files[0]!.error).toBeUndefined();
  });

  it('name an unreadable file escaped in its one stderr line, control characters included', () => {
    const name = Buffer.concat([Buffer.from('bad\n::error::x\u001b[31m', 'utf8'), Buffer.from([0xff]), Buffer.from('.html')]);
    const dir = folderWith([[name, ''], [Buffer.from('ok.html'), RECEIPT]]);
    const r = run(['check', dir]);
    expect(r.status).toBe(3);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([`graylint: ${dir}/bad\\n::error::x\\x1B[31m\\xFF.html: file is empty`]);
    expect(r.stdout).toContain(`${dir}/bad\\n::error::x\\x1B[31m\\xFF.html  cannot check: file is empty`);
    for (const out of [r.stdout, r.stderr]) {
      noReplacementCharacter(out);
      expect(out).not.toContain('\u001b');
      expect(out).not.toMatch(/^::error::/m);
    }
  });

  it('are rendered in the HTML report', () => {
    const dir = folderWith([[LATIN1_NAME, RECEIPT]]);
    const out = join(dir, 'report.html');
    const r = run(['check', '-o', out, dir]);
    expect(r.status, r.stderr).toBe(0);
    const html = spawnSync('cat', [out], { encoding: 'utf8' }).stdout;
    expect(html).toContain(`data-file="${dir}/${SHOWN}"`);
    expect(html).toContain('Your order #10442 has shipped');
    expect(html).not.toContain('This message has no body to render');
  });
});

describe('escaped names', () => {
  it('show each byte that is not UTF-8 as \\xHH, controls escaped, backslashes doubled, UTF-8 as itself', () => {
    expect(escapeFileName(Buffer.from('café.html', 'utf8'))).toBe('café.html');
    expect(escapeFileName(Buffer.from('caf\xe9.html', 'latin1'))).toBe('caf\\xE9.html');
    // A sequence cut short, an overlong form and a lone continuation byte are bytes, not characters.
    expect(escapeFileName(Buffer.from([0x61, 0xe2, 0x82, 0x62, 0xc0, 0xaf, 0x80]))).toBe('a\\xE2\\x82b\\xC0\\xAF\\x80');
    expect(escapeFileName(Buffer.concat([Buffer.from('a\\b\n\t\u001b\u202e', 'utf8'), Buffer.from([0xff])]))).toBe('a\\\\b\\n\\t\\x1B\\u202E\\xFF');
  });

  it('open by their bytes; a plain name is its own path', () => {
    const names = new InputNames();
    const bytes = Buffer.from('dir/caf\xe9.html', 'latin1');
    const shown = names.show(bytes);
    expect(shown).toBe('dir/caf\\xE9.html');
    expect(names.pathOf(shown)).toEqual(bytes);
    expect(names.show(Buffer.from('dir/plain.html'))).toBe('dir/plain.html');
    expect(names.pathOf('dir/plain.html')).toBe('dir/plain.html');
  });

  it('recover command-line arguments from the kernel\'s copy, only when it ends with exactly those arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-cmdline-'));
    const cmdline = join(dir, 'cmdline');
    const a = Buffer.from('caf\xe9.html', 'latin1');
    const b = Buffer.from('caf\xe8.html', 'latin1');
    writeFileSync(cmdline, Buffer.concat([Buffer.from('node\0--stack-size=900\0main.js\0check\0'), a, Buffer.from('\0'), b, Buffer.from('\0')]));
    const argv = ['node', 'main.js', 'check', a.toString('utf8'), b.toString('utf8')];
    const got = argvBytes(argv, cmdline);
    expect(got.get(a.toString('utf8'))).toEqual([a, b]);
    const names = new InputNames(got);
    expect(names.argument(argv[3]!)).toEqual(a);
    expect(names.argument(argv[4]!)).toEqual(b);
    expect(argvBytes(['node', 'main.js', 'other', a.toString('utf8')], cmdline).size).toBe(0);
  });
});

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatHtmlReport, HtmlReportLog, placePath, type PlacedFile } from '../../src/report/html/index.js';
import { explainFixture, parseReport, sharedChecker } from './helpers.js';

let files: PlacedFile[];

beforeAll(async () => {
  files = await Promise.all([
    explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html'),
    explainFixture('fixtures/gray-zone/receipt-with-referral.eml'),
    explainFixture('fixtures/basic/plain-order.txt'),
    placePath('fixtures/gray-zone/does-not-exist.html', { checker: sharedChecker() }),
    explainFixture('fixtures/gray-zone/newsletter-sale.en.html'),
  ]);
});

const made: string[] = [];
/** A fresh folder for the temporary files, removed after the test. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-html-log-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('HtmlReportLog: the report built one file at a time', () => {
  it('writes, from a temporary file, byte for byte the document formatHtmlReport returns for the same files', () => {
    const expected = formatHtmlReport(files, { nonce: 'fixed' });
    const dir = tempDir();
    const log = new HtmlReportLog({ nonce: 'fixed' }, { memoryBytes: 0, blockBytes: 4096, dir });
    for (const f of files) log.add(f);
    expect(log.kept.onDisk).toBe(true);
    const chunks = [...log.chunks()];
    // The kept rows and sections come back in pieces, never joined into one copy.
    expect(chunks.length).toBeGreaterThan(3);
    expect(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8')).toBe(expected);
    expect(log.finish()).toBe(expected);
    log.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('renders each file when it is added, so the placed file is not needed afterwards', () => {
    const expected = formatHtmlReport(files, { nonce: 'fixed' });
    const log = new HtmlReportLog({ nonce: 'fixed' });
    for (const f of files) {
      // A copy that is spoiled right after it is added: the log must already hold its text.
      const copy: PlacedFile = { ...f, result: structuredClone(f.result) };
      log.add(copy);
      copy.result.file = 'changed-after-add.html';
      copy.result.findings.length = 0;
      copy.markup = null;
    }
    const html = log.finish();
    expect(html).toBe(expected);
    expect(html).not.toContain('changed-after-add');
    // What it kept is the report's text (rows and sections), nothing more.
    expect(log.kept.bytes).toBeLessThan(Buffer.byteLength(expected));
    expect(log.kept.onDisk).toBe(false);
    log.dispose();
  });

  it('keeps a summary whose rows, links and counts cover every file added', () => {
    const log = new HtmlReportLog();
    for (const f of files) log.add(f);
    const $ = parseReport(log.finish());
    expect($('#summary tbody tr').length).toBe(files.length);
    expect($('section.file').toArray().map((s) => $(s).attr('id'))).toEqual(files.map((_, i) => `file-${i + 1}`));
    expect($('[data-count="files"]').text()).toBe(`${files.length} files`);
    expect($('[data-count="unreadable"]').text()).toMatch(/unreadable\s*1$/);
    const errors = files.reduce((n, f) => n + f.result.findings.filter((x) => x.severity === 'error').length, 0);
    expect($('[data-count="findings"]').text()).toMatch(new RegExp(`^${errors} errors?,`));
  });

  it('an empty log is the empty report', () => {
    const log = new HtmlReportLog({ nonce: 'n' });
    expect(log.finish()).toBe(formatHtmlReport([], { nonce: 'n' }));
    expect(parseReport(log.finish())('[data-count="files"]').text()).toBe('0 files');
    log.dispose();
  });

  it('dispose removes the temporary file even when the document was never written', () => {
    const dir = tempDir();
    const log = new HtmlReportLog({}, { memoryBytes: 0, blockBytes: 1024, dir });
    log.add(files[0]!);
    const [folder] = readdirSync(dir);
    expect(folder).toMatch(/^graylint-spool-/);
    log.dispose();
    expect(existsSync(join(dir, folder!))).toBe(false);
  });
});

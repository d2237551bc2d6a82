import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { placePath } from '../../src/placement/index.js';
import { streamFinding } from '../../src/config/apply.js';
import type { Law } from '../../src/types.js';
import { explainFixture, parseReport, sharedChecker } from './helpers.js';

const LAWS: Law[] = ['can-spam', 'casl', 'gdpr'];

describe('html report: batch summary', () => {
  it('has one row per file with the class under each law, category, stream, counts and links', async () => {
    const files = await Promise.all([
      explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html'),
      explainFixture('fixtures/gray-zone/receipt-with-referral.eml'),
      explainFixture('fixtures/basic/plain-order.txt'),
      placePath('fixtures/gray-zone/does-not-exist.html', { checker: sharedChecker() }),
    ]);
    const html = formatHtmlReport(files);
    const $ = parseReport(html);
    const rows = $('#summary tbody tr');
    expect(rows.length).toBe(4);

    files.forEach((f, i) => {
      const row = rows.eq(i);
      const r = f.result;
      expect(row.attr('data-file')).toBe(r.file);
      const link = row.find('a').first();
      expect(link.text()).toBe(r.file);
      const target = link.attr('href')!;
      expect(target).toMatch(/^#file-\d+$/);
      // The link leads to the file's own section.
      expect($(target).attr('data-file')).toBe(r.file);
      if (r.error) {
        expect(row.text()).toContain('cannot check');
        expect(row.text()).toContain(r.error.message);
        return;
      }
      expect(row.find('[data-col="category"]').text()).toBe(r.category);
      for (const law of LAWS) expect(row.find(`[data-law="${law}"]`).text()).toBe(r.verdicts![law].class);
      expect(row.find('[data-col="stream"]').text()).toBe(r.stream);
      expect(Number(row.find('[data-col="errors"]').text())).toBe(r.findings.filter((x) => x.severity === 'error').length);
      expect(Number(row.find('[data-col="warnings"]').text())).toBe(r.findings.filter((x) => x.severity === 'warning').length);
      expect(Number(row.find('[data-col="info"]').text())).toBe(r.findings.filter((x) => x.severity === 'info').length);
      expect(row.find('[data-col="mismatch"]').text()).toBe('no');
    });

    // The fixtures' own expectations, as a check that the table shows the real verdicts.
    const above = rows.eq(0);
    expect(above.find('[data-col="category"]').text()).toBe('hybrid');
    expect(above.find('[data-law="can-spam"]').text()).toBe('commercial');
    expect(above.find('[data-law="casl"]').text()).toBe('cem');
    expect(above.find('[data-law="gdpr"]').text()).toBe('direct-marketing');
    expect(rows.eq(1).find('[data-law="can-spam"]').text()).toBe('transactional');

    // Counts by category.
    expect($('[data-count="files"]').text()).toBe('4 files');
    expect($('[data-count="hybrid"]').text()).toMatch(/hybrid\s*2$/);
    expect($('[data-count="transactional"]').text()).toMatch(/transactional\s*1$/);
    expect($('[data-count="marketing"]').text()).toMatch(/marketing\s*0$/);
    expect($('[data-count="unreadable"]').text()).toMatch(/unreadable\s*1$/);
    expect($('section.file').length).toBe(4);
  });

  it('shows a stream/mismatch from the caller\'s result (config applied) and places its finding', async () => {
    const plain = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml');
    const mismatch = streamFinding('transactional', plain.result);
    expect(mismatch).not.toBeNull();
    const result = { ...plain.result, findings: [mismatch!, ...plain.result.findings] };
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml', { result });
    expect(f.findingTargets).toHaveLength(result.findings.length);
    const $ = parseReport(formatHtmlReport([f]));
    expect($('#summary tbody tr [data-col="mismatch"]').text()).toBe('stream/mismatch');
    expect($('#summary tbody tr [data-col="errors"]').text()).toBe(String(result.findings.filter((x) => x.severity === 'error').length));
    // The mismatch finding points at the promotional evidence, so it links to an outlined block.
    const item = $('li[data-rule="stream/mismatch"]');
    expect(item.length).toBe(1);
    const href = item.find('a.to-mark').attr('href')!;
    expect($(href).attr('data-kind')).toBe('promo');
  });

  it('shows each law\'s verdict with the deciding test and its reason, and the subject line\'s signals in the explain panel', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html');
    const $ = parseReport(formatHtmlReport([f]));
    const row = $('section.file table.verdicts tr[data-law="can-spam"]');
    expect(row.text()).toContain('commercial');
    expect(row.text()).toContain('can-spam/316.3(a)(2)(ii)-transactional-not-first');
    expect(row.text()).toContain(f.result.verdicts!['can-spam'].reason!);
    expect($('#file-1-subject [data-line="subject"]').text()).toBe('Receipt for your Brightpath order #BP-88231');
    // Issue 15 item 26: the line rows show the lines; the signals, false ones included, are in the explain panel.
    expect($('#file-1-subject [data-signal], #file-1-preheader [data-signal], #file-1-from [data-signal]').length).toBe(0);
    expect($('details#file-1-signals [data-signal="subject.promotional"]').text()).toBe('subject.promotional: false');
    expect($('details#file-1-signals [data-signal="subject.transactional"]').text()).toBe('subject.transactional: true');
    // Every signal the check computed is listed there once.
    expect($('details#file-1-signals [data-signal]').length).toBe(Object.keys(f.result.signals!).length);
    expect($('#file-1-preheader [data-line="preheader"]').text()).toContain('Give $40, get $40');
  });
});

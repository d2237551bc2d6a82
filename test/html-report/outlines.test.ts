import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { CUTOFF_LABEL } from '../../src/report/html/annotate.js';
import { explainFixture, frames, parseReport } from './helpers.js';

describe('html report: outlines on the rendered message', () => {
  it('outlines every promotional block and the transactional core of a real .eml, numbered as in the report', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml');
    expect(f.markupKind).toBe('html');
    expect(f.part).toBe('text/html');
    expect(f.promo.length).toBeGreaterThan(0);
    const $ = parseReport(formatHtmlReport([f]));
    const [frame] = frames($);
    const d = frame!.doc;

    const promos = d('[data-gl-kind="promo"]');
    expect(promos.length).toBeGreaterThan(0);
    // Each promotional element of the model is inside (or is) an element outlined as promotional.
    for (const p of f.promo) {
      const words = p.text.replace(/…$/, '').slice(0, 40);
      const hit = promos.toArray().some((el) => d(el).text().replace(/\s+/g, ' ').includes(words));
      expect(hit, `promo "${words}" outlined`).toBe(true);
    }
    expect(promos.toArray().map((el) => d(el).text())).toEqual(expect.arrayContaining([expect.stringContaining('Refer a friend, get $10')]));

    const core = d('[data-gl-kind="core"]');
    expect(core.length).toBe(1);
    expect(core.text()).toBe('Thanks for your order, Sam!');
    expect(core.prop('tagName')).toBe('H1');

    // The label inside the iframe carries the number the report's list uses.
    for (const el of d('[data-gl-mark]').toArray()) {
      const n = d(el).attr('data-gl-mark')!;
      expect(d(el).attr('data-gl-label')).toMatch(new RegExp(`^${n} `));
      const item = $(`#file-1-mark-${n}`);
      expect(item.length).toBe(1);
      expect(item.attr('data-kind')).toBe(d(el).attr('data-gl-kind'));
    }

    // Findings that point at a block link to its mark.
    const casl = $('li[data-rule="casl/promo-in-transactional"]');
    const href = casl.find('a.to-mark').attr('href')!;
    expect(href).toMatch(/^#file-1-mark-\d+$/);
    const n = href.split('-').pop()!;
    expect(d(`[data-gl-mark="${n}"]`).attr('data-gl-kind')).toBe('promo');
    // …and the mark lists the finding back.
    expect($(href).find(`a[href="#${casl.attr('id')}"]`).length).toBe(1);
  });

  it('outlines the promo above the core when the promo comes first', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html');
    const d = frames(parseReport(formatHtmlReport([f])))[0]!;
    const src = d.doc.html();
    const firstPromo = src.indexOf('data-gl-kind="promo"');
    const core = src.indexOf('data-gl-kind="core"');
    expect(firstPromo).toBeGreaterThan(0);
    expect(core).toBeGreaterThan(firstPromo);
    // The referral banner's heading, then its text: both outlined, in order, above the core.
    expect(d.doc('[data-gl-kind="promo"]').first().text()).toContain('Give $40, get $40');
    expect(d.doc('[data-gl-kind="promo"]').eq(1).text()).toContain('Invite a friend to Brightpath');
  });

  it('replaces images by grey boxes of their size with the alt text', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html');
    const d = frames(parseReport(formatHtmlReport([f])))[0]!.doc;
    expect(d('img').length).toBe(0);
    const logo = d('[data-gl-img]').first();
    expect(logo.text()).toContain('Brightpath Meal Kits');
    expect(logo.attr('style')).toMatch(/width:140px/);
    expect(logo.attr('style')).toMatch(/height:36px/);
  });

  it('renders a text body in a <pre> with its blocks outlined', async () => {
    const f = await explainFixture('fixtures/basic/plain-order.txt');
    expect(f.markupKind).toBe('text');
    const d = frames(parseReport(formatHtmlReport([f])))[0]!.doc;
    expect(d('pre').length).toBe(1);
    expect(d('[data-gl-kind="core"]').text()).toContain('Thanks for your order!');
  });
});

describe('html report: the "beginning of the body" cut-off', () => {
  it('is the first block past max(beginningOfBody × body chars, beginningOfBodyMinChars), from the can-spam pack', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml');
    const c = f.cutoff!;
    expect(c.share).toBe(0.25);
    expect(c.minChars).toBe(200);
    expect(c.bodyChars).toBe(f.result.signals!['body.chars']);
    expect(c.threshold).toBe(Math.max(0.25 * c.bodyChars, 200));
    const cut = f.blocks[c.blockIndex!]!;
    expect(cut.charOffset).toBeGreaterThan(c.threshold);
    expect(f.blocks[c.blockIndex! - 1]!.charOffset).toBeLessThanOrEqual(c.threshold);
  });

  it('lies between the core and the promotion when the core comes first', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml');
    const $ = parseReport(formatHtmlReport([f]));
    const d = frames($)[0]!.doc;
    const marker = d('[data-gl-cut]');
    expect(marker.length).toBe(1);
    expect(marker.text()).toBe(CUTOFF_LABEL);
    const src = d.html();
    const at = src.indexOf('data-gl-cut');
    expect(src.indexOf('data-gl-kind="core"')).toBeLessThan(at);
    expect(src.indexOf('data-gl-kind="promo"')).toBeGreaterThan(at);
    // The block right after the marker (in text order) is the cut block.
    const after = src.slice(at).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(after).toContain(`${CUTOFF_LABEL} `);
    expect(after.indexOf(f.blocks[f.cutoff!.blockIndex!]!.text)).toBeGreaterThan(0);
    expect($(`[data-cutoff="${f.cutoff!.blockIndex}"]`).length).toBe(1);
  });

  it('comes after the core and the promotion when the promo comes first', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral-above.en.html');
    const d = frames(parseReport(formatHtmlReport([f])))[0]!.doc;
    const src = d.html();
    const at = src.indexOf('data-gl-cut');
    expect(src.indexOf('data-gl-kind="promo"')).toBeLessThan(at);
    expect(src.indexOf('data-gl-kind="core"')).toBeLessThan(at);
    // In a table layout it stands where the parser keeps it, in the cell that holds the cut block,
    // and adds no row or cell of its own (issue 15 item 26: it is laid over the message).
    const cell = d('[data-gl-cut]').parent();
    expect(cell.prop('tagName')).toBe('TD');
    expect(cell.text()).toContain(f.blocks[f.cutoff!.blockIndex!]!.text);
    const without = frames(parseReport(formatHtmlReport([{ ...f, cutoff: null }])))[0]!.doc;
    for (const tag of ['table', 'tr', 'td']) expect(d(tag).length, tag).toBe(without(tag).length);
  });

  it('follows the can-spam settings the caller passes', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml', {
      settings: { 'can-spam': { beginningOfBody: 0.05, beginningOfBodyMinChars: 0 } },
    });
    const c = f.cutoff!;
    expect(c.threshold).toBeCloseTo(0.05 * c.bodyChars);
    const cut = f.blocks.find((b) => b.charOffset > c.threshold)!;
    expect(c.blockIndex).toBe(cut.index);
    const d = frames(parseReport(formatHtmlReport([f])))[0]!.doc;
    const src = d.html();
    const text = src.slice(src.indexOf('data-gl-cut')).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text.indexOf(cut.text)).toBeGreaterThan(0);
    expect(text.indexOf(cut.text)).toBeLessThan(text.indexOf(f.blocks[cut.index + 1]!.text));
  });

  it('is absent when every block is within the beginning, and the report says so', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml', {
      settings: { 'can-spam': { beginningOfBody: 1, beginningOfBodyMinChars: 0 } },
    });
    expect(f.cutoff!.blockIndex).toBeNull();
    const $ = parseReport(formatHtmlReport([f]));
    expect(frames($)[0]!.doc('[data-gl-cut]').length).toBe(0);
    expect($('[data-cutoff="none"]').text()).toContain('The whole body lies within it.');
  });
});

describe('html report: without block positions', () => {
  it('shows the message but draws nothing on it, and says why', async () => {
    const f = await explainFixture('fixtures/gray-zone/receipt-with-referral.eml');
    expect(f.positioned).toBe(true);
    const $ = parseReport(formatHtmlReport([{ ...f, positioned: false }]));
    const d = frames($)[0]!.doc;
    expect(d('[data-gl-mark]').length).toBe(0);
    expect(d('[data-gl-cut]').length).toBe(0);
    expect(d('body').text()).toContain('Thanks for your order, Sam!');
    expect($('[data-positions="none"]').length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { allElements, explainFixture, frames, parseReport } from './helpers.js';

const FIXTURES = [
  'fixtures/gray-zone/receipt-with-referral-above.en.html',
  'fixtures/gray-zone/receipt-with-referral.eml',
  'fixtures/gray-zone/password-reset-banner-below.en.eml',
  'fixtures/gray-zone/shipping-cross-sell.de.html',
  'fixtures/basic/sale.mjml',
  'fixtures/basic/plain-order.txt',
];

const LOADING_ATTRS = ['src', 'srcset', 'href', 'background', 'poster', 'action', 'formaction', 'data', 'xlink:href'];

describe('html report: self-contained, nothing external', () => {
  it('has no external URL to load or follow, outside or inside the iframes', async () => {
    const files = await Promise.all(FIXTURES.map((f) => explainFixture(f)));
    // The fixtures do link and embed remote content, so this is a real check.
    expect(files.some((f) => /src="https:/.test(f.markup ?? ''))).toBe(true);
    const html = formatHtmlReport(files);
    const $ = parseReport(html);

    // Outside the iframes: no src at all, only in-page anchors, no stylesheet links, no script.
    for (const el of allElements($)) {
      if (el.name === 'iframe') {
        expect(Object.keys(el.attribs).sort()).toEqual(['class', 'data-file', 'loading', 'referrerpolicy', 'sandbox', 'srcdoc', 'style', 'title']);
        continue;
      }
      for (const k of LOADING_ATTRS) {
        if (k === 'href' && el.name === 'a') expect(el.attribs[k] ?? '#', `<a href>`).toMatch(/^#/);
        else expect(el.attribs[k], `<${el.name} ${k}>`).toBeUndefined();
      }
      expect(['script', 'link', 'img', 'object', 'embed', 'base']).not.toContain(el.name);
    }
    expect($('style').text()).not.toMatch(/url\s*\(|@import/);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("default-src 'none'");
    // The raw text of the report never says src/href="http…" (srcdoc is attribute-escaped, so check it decoded below too).
    expect(html).not.toMatch(/\b(src|href|srcset|background)\s*=\s*["']?\s*https?:/i);

    // Inside: links are neutralised (their URL kept only as a tooltip), images are grey boxes.
    const fs = frames($);
    expect(fs).toHaveLength(FIXTURES.length);
    let neutralised = 0;
    for (const { doc: d, source } of fs) {
      for (const el of allElements(d)) for (const k of LOADING_ATTRS) expect(el.attribs[k], `srcdoc <${el.name} ${k}>`).toBeUndefined();
      for (const s of d('style').toArray()) expect(d(s).text()).not.toMatch(/url\s*\(|@import/);
      expect(source).not.toMatch(/\b(src|href|srcset|background)\s*=\s*["']?\s*https?:/i);
      neutralised += d('[data-gl-href]').length;
    }
    expect(neutralised).toBeGreaterThan(5);
  });

  it('renders MJML source with mj-image boxes and keeps the content after them', async () => {
    const f = await explainFixture('fixtures/basic/sale.mjml');
    const d = frames(parseReport(formatHtmlReport([f])))[0]!.doc;
    expect(d('mj-image').length).toBe(0);
    expect(d('[data-gl-img]').length).toBeGreaterThanOrEqual(3);
    // Every promotional element of the model is outlined, including the ones after an mj-image.
    expect(d('[data-gl-kind="promo"]').length).toBe(new Set(f.promo.map((p) => p.blockIndex)).size);
    expect(d('body').text()).toContain('Ridge 40L backpack');
  });
});

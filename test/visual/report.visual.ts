// Renders HTML reports in headless Chromium and checks, through element boxes read in the browser
// (not pixels), that what the report draws on each message matches the model: promotional blocks
// outlined and visible, above or below the transactional core as the model says, and the
// "beginning of the body" marker between them. Saves a PNG of each report for a human to look at.
//
// Needs Debian's Chromium at /usr/bin/chromium (or GRAYLINT_CHROMIUM); skips without it.
// UPDATE_DOCS_SCREENSHOT=1 also rewrites docs/report-hybrid.png.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { createChecker } from '../../src/check.js';
import { placeFile, type PlacedFile } from '../../src/placement/index.js';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { annotate } from '../../src/report/html/annotate.js';
import { HOSTILE_EML } from '../html-report/hostile.js';
import { ROOT } from '../html-report/helpers.js';

const CHROMIUM = process.env['GRAYLINT_CHROMIUM'] ?? '/usr/bin/chromium';
const AVAILABLE = existsSync(CHROMIUM);
if (!AVAILABLE) {
  console.warn(`\n[test:visual] SKIPPED: no Chromium at ${CHROMIUM}. Install Debian's (apt-get update && apt-get install -y chromium) or set GRAYLINT_CHROMIUM to run the browser tests.\n`);
}

const SHOTS = join(ROOT, 'test/visual/__screenshots__');
const DOCS_SHOT = join(ROOT, 'docs/report-hybrid.png');
/** The hybrid template whose report goes in the README. */
const DOCS_FIXTURE = 'fixtures/gray-zone/receipt-with-referral-above.en.html';
const FIXTURES = [
  'fixtures/gray-zone/receipt-with-referral-above.en.html',
  'fixtures/gray-zone/receipt-with-referral.eml',
  'fixtures/gray-zone/password-reset-banner-below.en.eml',
  'fixtures/gray-zone/shipping-cross-sell.de.html',
];
/** As the probe on this kind of machine runs it: no background traffic, which the closed network would refuse. */
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

interface Box { top: number; bottom: number; left: number; right: number; width: number; height: number }
interface MarkSeen { n: number; kind: string; box: Box; visible: boolean; outlineStyle: string; outlineColor: string; label: string }
interface FrameSeen { marks: MarkSeen[]; cut: { box: Box; visible: boolean; text: string; borderTopStyle: string } | null; innerHeight: number; scripts: number; origin: string }

const checker = createChecker();
let browser: Browser;
let work: string;

/** Opens a report with the viewport as tall as the page, so no iframe is off-screen (and left unpainted). */
async function open(html: string, name: string): Promise<{ page: Page; frame: Frame; outside: string[]; dialogs: string[]; errors: string[] }> {
  const file = join(work, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const outside: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|about|data):/.test(r.url())) outside.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1400, height: Math.min(height, 16000) });
  const frame = await (await page.waitForSelector('iframe.message')).contentFrame();
  if (!frame) throw new Error('the report has no message frame');
  await frame.waitForLoadState('load');
  return { page, frame, outside, dialogs, errors };
}

/** Element boxes and styles, read in the browser inside the message frame (document coordinates). */
function readFrame(frame: Frame): Promise<FrameSeen> {
  return frame.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const visible = (e: Element) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const marks = [...document.querySelectorAll('[data-gl-mark]')].map((e) => {
      const s = getComputedStyle(e);
      return {
        n: Number(e.getAttribute('data-gl-mark')), kind: e.getAttribute('data-gl-kind') ?? '', box: box(e), visible: visible(e),
        outlineStyle: s.outlineStyle, outlineColor: s.outlineColor, label: getComputedStyle(e, '::before').content,
      };
    });
    const c = document.querySelector('[data-gl-cut]');
    const cut = c ? { box: box(c), visible: visible(c), text: c.textContent ?? '', borderTopStyle: getComputedStyle(c).borderTopStyle } : null;
    return { marks, cut, innerHeight: window.innerHeight, scripts: document.scripts.length, origin: window.origin };
  });
}

const TOLERANCE = 1;

/**
 * The email's own layout, read in the frame: each line of text (a rect per line box) and each
 * element's box, in document order, leaving out what the report draws (the cut-off marker).
 */
interface Layout { texts: Array<{ text: string; box: Box }>; elements: Array<{ tag: string; box: Box }> }
function readLayout(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const doc = (r: DOMRect) => ({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, width: r.width, height: r.height });
    const drawn = (n: Node) => !!(n instanceof Element ? n : n.parentElement)?.closest('[data-gl-cut]');
    const texts: Layout['texts'] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || drawn(n)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) texts.push({ text: n.textContent.trim().slice(0, 40), box: doc(r) });
    }
    const elements = [...document.body.querySelectorAll('*')].filter((e) => !drawn(e)).map((e) => ({ tag: e.tagName.toLowerCase(), box: doc(e.getBoundingClientRect()) }));
    return { texts, elements };
  });
}

/** The labels the report draws in the frame (each mark's ::before, and the cut-off marker's words), in document coordinates. */
function readLabels(frame: Frame): Promise<Array<{ what: string; box: Box; of: Box | null }>> {
  return frame.evaluate(() => {
    type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number };
    const doc = (r: DOMRect) => ({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, width: r.width, height: r.height });
    // An absolutely positioned ::before has used top/left/width/height relative to its containing
    // block: its own element when that is positioned, else the nearest positioned ancestor.
    const containingBlockOf = (e: Element): { top: number; left: number } => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.position !== 'static' || s.transform !== 'none') {
          const r = a.getBoundingClientRect();
          return { top: r.top + window.scrollY + a.clientTop, left: r.left + a.clientLeft };
        }
      }
      return { top: 0, left: 0 };
    };
    const out: Array<{ what: string; box: Box; of: Box | null }> = [...document.querySelectorAll('[data-gl-mark]')].map((e) => {
      const s = getComputedStyle(e, '::before');
      const inFlow = s.position !== 'absolute' && s.position !== 'fixed';
      const cb = inFlow ? { top: 0, left: 0 } : containingBlockOf(e);
      const el = e.getBoundingClientRect();
      // A label in the flow (not positioned) sits at its element's top corner: read it from there.
      const top = inFlow ? el.top + window.scrollY : cb.top + parseFloat(s.top);
      const left = inFlow ? el.right - parseFloat(s.width) : cb.left + parseFloat(s.left);
      const width = parseFloat(s.width);
      const height = parseFloat(s.height);
      return { what: s.content, box: { top, bottom: top + height, left, right: left + width, width, height }, of: doc(el) };
    });
    const cut = document.querySelector('[data-gl-cut]');
    if (cut) {
      const range = document.createRange();
      range.selectNodeContents(cut);
      for (const r of range.getClientRects()) if (r.width > 0) out.push({ what: 'cut-off words', box: doc(r), of: null });
    }
    return out;
  });
}

/** Where the email's content ends in the frame (the lowest box of any element in the body). */
function contentBottom(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    let bottom = 0;
    for (const e of document.body.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) bottom = Math.max(bottom, r.bottom + window.scrollY);
    }
    const s = getComputedStyle(document.body);
    return bottom + parseFloat(s.paddingBottom) + parseFloat(s.marginBottom);
  });
}

function overlaps(a: Box, b: Box, slack = 0.5): boolean {
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
}

/** Short messages: their preview must not stand taller than they are. */
const SHORT = [
  { name: 'fixtures/generalization/order-subject-sale-body.en.html' },
  { name: 'fixtures/generalization/thread-reply-notice.de.html' },
  { name: 'fixtures/basic/plain-order.txt' },
  { name: 'shipped.html', content: '<p>Your order #1042 has shipped. Track it with UPS: 1Z999AA10123456784.</p><p>Get 20% off your next order with code THANKS20.</p>' },
];
/** Below the email, at most this much of the frame may stand empty. */
const EMPTY_BELOW_MAX = 48;

describe.skipIf(!AVAILABLE)('HTML report in headless Chromium', () => {
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    work = mkdtempSync(join(tmpdir(), 'graylint-visual-'));
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const rel of FIXTURES) {
    it(`${rel}: outlines where the model says, cut-off marker in between`, async () => {
      const ex: PlacedFile = await placeFile(rel, readFileSync(join(ROOT, rel)), { checker });
      expect(ex.result.error).toBeUndefined();
      const html = formatHtmlReport([ex], { title: `graylint report: ${basename(rel)}` });
      const { page, frame, outside, dialogs, errors } = await open(html, basename(rel));
      try {
        const seen = await readFrame(frame);
        // What the report meant to draw, numbered as in the frame.
        const planned = annotate(ex, 'x').marks;
        const charOffsetOf = (n: number): number => {
          const m = planned.find((p) => p.n === n)!;
          return ex.blocks[m.blockIndex!]!.charOffset;
        };

        const promos = seen.marks.filter((m) => m.kind === 'promo');
        const core = seen.marks.find((m) => m.kind === 'core');
        expect(promos.length, 'promotional blocks outlined').toBe(planned.filter((p) => p.kind === 'promo').length);
        expect(promos.length).toBeGreaterThan(0);
        expect(core, 'transactional core outlined').toBeDefined();
        for (const m of [...promos, core!]) {
          expect(m.visible, `#${m.n} visible`).toBe(true);
          expect(m.box.width, `#${m.n} width`).toBeGreaterThan(0);
          expect(m.box.height, `#${m.n} height`).toBeGreaterThan(0);
          // Inside the frame's visible area: the report's height estimate did not cut it off.
          expect(m.box.bottom, `#${m.n} within the frame`).toBeLessThanOrEqual(seen.innerHeight);
          expect(m.outlineStyle).toBe('solid');
          expect(m.outlineColor).toBe(m.kind === 'promo' ? 'rgb(221, 51, 51)' : 'rgb(34, 170, 119)');
          expect(m.label).toContain(`${m.n} `);
        }

        // Above or below the core, as the model orders them.
        const coreAt = charOffsetOf(core!.n);
        for (const p of promos) {
          if (coreAt < charOffsetOf(p.n)) expect(p.box.top, `promo #${p.n} below the core`).toBeGreaterThanOrEqual(core!.box.bottom - TOLERANCE);
          else expect(p.box.bottom, `promo #${p.n} above the core`).toBeLessThanOrEqual(core!.box.top + TOLERANCE);
        }
        const promoFirst = promos.some((p) => charOffsetOf(p.n) < coreAt);
        expect(promoFirst).toBe(ex.result.signals?.['promo.beforeCore'] === true);

        // The cut-off marker: drawn, and every outlined block on the side the model puts it.
        const cutBlock = ex.cutoff?.blockIndex;
        expect(cutBlock, 'the fixture has a cut-off').not.toBeNull();
        const cut = seen.cut!;
        expect(cut).not.toBeNull();
        expect(cut.visible).toBe(true);
        expect(cut.box.width).toBeGreaterThan(0);
        expect(cut.borderTopStyle).toBe('dashed');
        expect(cut.text).toBe('beginning of the body ends here');
        const cutAt = ex.blocks[cutBlock!]!.charOffset;
        for (const m of [...promos, core!]) {
          if (charOffsetOf(m.n) < cutAt) expect(m.box.top, `#${m.n} above the cut-off`).toBeLessThan(cut.box.top);
          else expect(m.box.top, `#${m.n} below the cut-off`).toBeGreaterThanOrEqual(cut.box.bottom - TOLERANCE);
        }
        // Core first and promotion past the cut-off: the marker lies between them.
        for (const p of promos) {
          if (coreAt < cutAt && charOffsetOf(p.n) >= cutAt) {
            expect(core!.box.bottom).toBeLessThanOrEqual(cut.box.top + TOLERANCE);
            expect(cut.box.bottom).toBeLessThanOrEqual(p.box.top + TOLERANCE);
          }
        }

        // Nothing ran and nothing was fetched.
        expect(outside).toEqual([]);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        expect(seen.scripts).toBe(0);
        expect(seen.origin).toBe('null');

        await page.screenshot({ path: join(SHOTS, `${basename(rel)}.png`) });
        if (rel === DOCS_FIXTURE && process.env['UPDATE_DOCS_SCREENSHOT']) {
          await page.locator('section.file').first().screenshot({ path: DOCS_SHOT });
        }
      } finally {
        await page.close();
      }
    });
  }

  for (const rel of FIXTURES) {
    it(`${rel}: the cut-off marker lies over the email and moves none of it`, async () => {
      const ex = await placeFile(rel, readFileSync(join(ROOT, rel)), { checker });
      expect(ex.cutoff?.blockIndex, 'the fixture has a cut-off').not.toBeNull();
      const layouts: Layout[] = [];
      for (const [name, f] of [['with-cut', ex], ['without-cut', { ...ex, cutoff: null }]] as const) {
        const { page, frame } = await open(formatHtmlReport([f], { nonce: 'n' }), `${basename(rel)}.${name}`);
        try {
          expect(await frame.locator('[data-gl-cut]').count()).toBe(name === 'with-cut' ? 1 : 0);
          layouts.push(await readLayout(frame));
        } finally {
          await page.close();
        }
      }
      const [withCut, withoutCut] = layouts as [Layout, Layout];
      expect(withCut.texts.length).toBeGreaterThan(0);
      expect(withCut.texts.map((t) => t.text)).toEqual(withoutCut.texts.map((t) => t.text));
      withCut.texts.forEach((t, i) => expect(t.box, `text “${t.text}”`).toEqual(withoutCut.texts[i]!.box));
      expect(withCut.elements.map((e) => e.tag)).toEqual(withoutCut.elements.map((e) => e.tag));
      withCut.elements.forEach((e, i) => expect(e.box, `<${e.tag}> #${i}`).toEqual(withoutCut.elements[i]!.box));
    });

    it(`${rel}: block labels and the cut-off words sit beside the text, not over it`, async () => {
      const ex = await placeFile(rel, readFileSync(join(ROOT, rel)), { checker });
      const { page, frame } = await open(formatHtmlReport([ex]), `${basename(rel)}.labels`);
      try {
        const { texts } = await readLayout(frame);
        const labels = await readLabels(frame);
        const width = await frame.evaluate(() => document.documentElement.clientWidth);
        expect(labels.length).toBeGreaterThan(1);
        for (const l of labels) {
          expect(l.box.width, `${l.what} has a box`).toBeGreaterThan(0);
          // Within the frame, where it can be read.
          expect(l.box.left, `${l.what} left`).toBeGreaterThanOrEqual(0);
          expect(l.box.right, `${l.what} right`).toBeLessThanOrEqual(width + TOLERANCE);
          // Level with its block, so it still says which block it is.
          if (l.of) {
            expect(l.box.top, `${l.what} level with its block`).toBeGreaterThanOrEqual(l.of.top - TOLERANCE);
            expect(l.box.top, `${l.what} level with its block`).toBeLessThanOrEqual(l.of.bottom);
          }
          for (const t of texts) expect(overlaps(l.box, t.box), `${l.what} covers “${t.text}”`).toBe(false);
        }
      } finally {
        await page.close();
      }
    });
  }

  for (const { name, content } of [...SHORT, ...FIXTURES.map((name) => ({ name, content: undefined }))]) {
    it(`${name}: the preview is as tall as the email, without a large empty space below it`, async () => {
      const bytes = content === undefined ? readFileSync(join(ROOT, name)) : Buffer.from(content);
      const ex = await placeFile(name, bytes, { checker });
      const { page, frame } = await open(formatHtmlReport([ex]), `${basename(name)}.height`);
      try {
        const bottom = await contentBottom(frame);
        const inner = await frame.evaluate(() => window.innerHeight);
        expect(bottom, 'the email fits in its preview').toBeLessThanOrEqual(inner + TOLERANCE);
        expect(inner - bottom, `empty space below the email (${Math.round(inner)}px frame, ${Math.round(bottom)}px email)`).toBeLessThanOrEqual(EMPTY_BELOW_MAX);
        await page.locator('section.file').first().screenshot({ path: join(SHOTS, `${basename(name)}.height.png`) });
      } finally {
        await page.close();
      }
    });
  }

  it('the subject, preheader and From rows show the lines, with no signal chips; the signals are in the explain panel', async () => {
    const rel = 'fixtures/gray-zone/password-reset-banner-below.en.eml';
    const ex = await placeFile(rel, readFileSync(join(ROOT, rel)), { checker });
    expect(ex.subject?.signals['subject.fakeReply']).toBe(false);
    const { page } = await open(formatHtmlReport([ex]), 'lines');
    try {
      const rows = page.locator('#file-1-subject, #file-1-preheader, #file-1-from');
      expect(await rows.count()).toBe(3);
      expect(await page.locator('#file-1-subject [data-line="subject"]').textContent()).toBe('Reset your Orbitly password');
      const chipTexts = await rows.locator('[data-signal]').allTextContents();
      expect(chipTexts.filter((t) => /: false$/.test(t)), 'chips with false values in the line rows').toEqual([]);
      expect(await rows.locator('[data-signal]').count(), 'chips in the line rows').toBe(0);
      expect(await page.locator('#file-1-subject').innerText()).not.toMatch(/subject\.\w+:/);
      // The explain panel holds every signal, the false ones too.
      const panel = page.locator('#file-1-signals');
      expect(await panel.locator('[data-signal="subject.fakeReply"]').textContent()).toBe('subject.fakeReply: false');
      expect(await panel.locator('[data-signal="subject.transactional"]').textContent()).toBe('subject.transactional: true');
    } finally {
      await page.close();
    }
  });

  it('a hostile message runs nothing and loads nothing in a real browser', async () => {
    const ex = await placeFile('hostile.eml', Buffer.from(HOSTILE_EML), { checker });
    const { page, frame, outside, dialogs, errors } = await open(formatHtmlReport([ex]), 'hostile');
    try {
      await page.waitForTimeout(300);
      const seen = await readFrame(frame);
      expect(outside).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(seen.scripts).toBe(0);
      expect(seen.origin).toBe('null');
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      expect(await page.locator('iframe').count()).toBe(1);
      expect(await page.locator('#file-1-subject [data-line="subject"]').textContent()).toBe("<script>alert('subject')</script> Your order");
      await page.screenshot({ path: join(SHOTS, 'hostile.eml.png') });
    } finally {
      await page.close();
    }
  });
});

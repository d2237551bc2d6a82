// `graylint serve --ui` in headless Chromium (issue 19): paste a plain receipt (transactional),
// append an offer and see the verdict turn hybrid / CEM within a second with the offer outlined;
// drop an .eml and open another with the file input, and see their verdicts; keyboard only; at
// a narrow width (as at 200% zoom); with no console error, no request leaving the machine, and
// no serious or critical axe-core violation. "Copy as JSON" gives what `graylint check --format
// json` prints for the same input. Saves a screenshot; UPDATE_DOCS_SCREENSHOT=1 also rewrites
// docs/serve-ui.png (shown in the README).
//
// Needs Debian's Chromium at /usr/bin/chromium (or GRAYLINT_CHROMIUM); skips without it.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { ROOT } from '../server/helpers.js';
import { checkJson, startServe, type ServeChild } from '../server/ui-helpers.js';

const CHROMIUM = process.env['GRAYLINT_CHROMIUM'] ?? '/usr/bin/chromium';
const AVAILABLE = existsSync(CHROMIUM);
const BUILT = existsSync(join(ROOT, 'dist/bundle/main.js'));
if (AVAILABLE && !BUILT) throw new Error('dist/bundle/main.js is missing: run `npm run build` before `npm run test:visual`');

const SHOTS = join(ROOT, 'test/visual/__screenshots__');
const DOCS_SHOT = join(ROOT, 'docs/serve-ui.png');
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

const RECEIPT = [
  'Hi Sam,',
  '',
  'Thanks for your order #1042. We received your payment of $42.00 for 1 item.',
  'Your order will ship within two days; we will email you the tracking number.',
  '',
  'The Shop team',
].join('\n');
const OFFER = '\n\nGet 20% off your next order with code THANKS20.';
const DROPPED = 'fixtures/gray-zone/newsletter-sale.de.eml';
const OPENED = 'fixtures/gray-zone/order-confirmation-plain.en.eml';

let server: ServeChild;
let browser: Browser;

/** Whatever the page asks for: only this machine may answer. */
interface Watch { outside: string[]; errors: string[] }

async function openPage(viewport = { width: 1400, height: 1000 }): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const watch: Watch = { outside: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (loopback || ['data:', 'about:', 'blob:'].includes(url.protocol)) return route.continue();
    watch.outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost', '[::1]', ''].includes(url.hostname) && !['data:', 'about:', 'blob:'].includes(url.protocol)) watch.outside.push(url.href);
  });
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  return { context, page, watch };
}

async function category(page: Page): Promise<string> {
  return (await page.locator('#verdict').getAttribute('data-category')) ?? '';
}

async function previewFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#preview')).contentFrame();
  if (!frame) throw new Error('no preview frame');
  return frame;
}

/** The outlined blocks in the preview, read in the frame. */
function outlined(frame: Frame): Promise<Array<{ kind: string; text: string; outline: string; visible: boolean; width: number; height: number }>> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('[data-gl-mark]')].map((e) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return {
        kind: e.getAttribute('data-gl-kind') ?? '', text: e.textContent ?? '', outline: `${s.outlineStyle} ${s.outlineColor}`,
        visible: e.checkVisibility({ opacityProperty: true, visibilityProperty: true }), width: r.width, height: r.height,
      };
    }),
  );
}

async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not govern.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // The sandboxed frame runs no script, so axe cannot look inside it: the message is the author's, not the page's.
    const r = await axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

describe.skipIf(!AVAILABLE)('graylint serve --ui in headless Chromium', () => {
  beforeAll(async () => {
    server = await startServe(['--ui']);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('paste a receipt, add an offer: transactional → hybrid / CEM within a second, the offer outlined; drop and open .eml files', async () => {
    const { context, page, watch } = await openPage();
    try {
      await page.locator('#source').fill(RECEIPT);
      await page.waitForSelector('#verdict[data-category="transactional"]', { timeout: 5000 });
      expect(await page.locator('#said li[data-law="casl"]').getAttribute('data-class')).not.toBe('cem');

      // Append the offer at the end, as a copywriter types it.
      await page.locator('#source').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(OFFER);
      const typed = Date.now();
      await page.waitForSelector('#verdict[data-category="hybrid"]', { timeout: 1000 });
      await page.waitForSelector('#said li[data-law="casl"][data-class="cem"]', { timeout: Math.max(1, 1000 - (Date.now() - typed)) });
      expect(Date.now() - typed).toBeLessThan(1000);
      await expect.poll(async () => (await outlined(await previewFrame(page))).some((m) => m.kind === 'promo' && m.text.includes('20% off')), { timeout: 1000 }).toBe(true);
      const promo = (await outlined(await previewFrame(page))).find((m) => m.kind === 'promo' && m.text.includes('20% off'))!;
      expect(promo.visible).toBe(true);
      expect(promo.width).toBeGreaterThan(0);
      expect(promo.height).toBeGreaterThan(0);
      expect(promo.outline).toBe('solid rgb(221, 51, 51)');
      // The class in plain words, and each finding with its fix.
      await expect.poll(() => page.locator('#said li[data-law="casl"]').innerText()).toMatch(/commercial electronic message .*consent/);
      expect(await page.locator('#findings li').count()).toBeGreaterThan(0);
      expect(await page.locator('#findings li .fix').first().innerText()).toMatch(/^Fix: \S/);
      // The frame runs nothing and has no origin of its own.
      const frame = await previewFrame(page);
      expect(await frame.evaluate(() => [document.scripts.length, window.origin])).toEqual([0, 'null']);
      // Tall enough to show the outlined offer in the frame.
      await page.setViewportSize({ width: 1400, height: 1250 });
      await page.locator('#source').evaluate((e) => (e as HTMLTextAreaElement).blur());
      await page.screenshot({ path: join(SHOTS, 'serve-ui.png') });
      if (process.env['UPDATE_DOCS_SCREENSHOT']) await page.screenshot({ path: DOCS_SHOT });

      // "Copy as JSON" is what `graylint check --format json` prints for the same text.
      await page.locator('#copy').click();
      await expect.poll(() => page.locator('#status').innerText()).toContain('Copied');
      const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { version: number; results: unknown[] };
      writeFileSync(join(server.cwd, 'request.txt'), RECEIPT + OFFER);
      expect(copied.version).toBe(1);
      expect(copied.results).toEqual([checkJson(server.cwd, ['request.txt'])]);

      // Drop an .eml on the drop zone.
      const bytes = [...readFileSync(join(ROOT, DROPPED))];
      await page.evaluate(({ bytes, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'message/rfc822' }));
        const zone = document.getElementById('drop')!;
        zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, { bytes, name: 'newsletter-sale.de.eml' });
      await page.waitForSelector('#verdict[data-category="marketing"]', { timeout: 5000 });
      expect(await page.locator('#status').innerText()).toContain('newsletter-sale.de.eml');
      expect(await page.locator('#kind').inputValue()).toBe('eml');

      // Open one with the file input.
      await page.locator('#file').setInputFiles(join(ROOT, OPENED));
      await page.waitForSelector('#verdict[data-category="transactional"]', { timeout: 5000 });
      expect(await page.locator('#status').innerText()).toContain('order-confirmation-plain.en.eml');

      expect(watch.outside).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works with the keyboard alone, and passes axe-core with no serious or critical violation', async () => {
    const { context, page, watch } = await openPage();
    try {
      // Tab from the top: every control is reached, in order, with a visible focus ring.
      const reached: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          return a ? a.id || (a as HTMLInputElement).name || a.tagName.toLowerCase() : '';
        });
        reached.push(id);
        if (id === 'source') await page.keyboard.type(RECEIPT + OFFER);
      }
      for (const id of ['subject', 'source', 'kind', 'file', 'jurisdiction', 'stream']) expect(reached, id).toContain(id);
      await page.waitForSelector('#verdict[data-category="hybrid"]', { timeout: 5000 });
      // Now the buttons are enabled: reach "Copy as JSON" and press it with the keyboard.
      await page.locator('#stream').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('copy');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#status').innerText()).toContain('Copied');
      // The declared stream, chosen with the keyboard: the mismatch is reported.
      await page.locator('#stream').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => page.locator('#findings li').first().getAttribute('data-rule'), { timeout: 3000 }).toBe('stream/mismatch');

      const violations = await axeViolations(page);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(watch.outside).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reads on a narrow window and at 200% zoom: one column, nothing cut off sideways', async () => {
    // 640 CSS px wide is a 1280 px window at 200%; 360 is a phone.
    for (const width of [640, 360]) {
      const { context, page, watch } = await openPage({ width, height: 900 });
      try {
        await page.locator('#source').fill(RECEIPT + OFFER);
        await page.waitForSelector('#verdict[data-category="hybrid"]', { timeout: 5000 });
        const m = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
          input: document.getElementById('source')!.getBoundingClientRect(), result: document.getElementById('result')!.getBoundingClientRect(),
        }));
        expect(m.scroll, `${width}px: no sideways scrolling`).toBeLessThanOrEqual(m.client);
        expect(m.result.top, `${width}px: the verdict below the input`).toBeGreaterThanOrEqual(m.input.bottom);
        expect(m.result.right).toBeLessThanOrEqual(width);
        const violations = await axeViolations(page);
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
        if (width === 640) await page.screenshot({ path: join(SHOTS, 'serve-ui-narrow.png'), fullPage: true });
        expect(watch.outside).toEqual([]);
        expect(watch.errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { estimatePreviewHeight } from '../../src/report/html/preview-height.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/limits.js';

/**
 * Issue 15 item 26: each preview is as tall as its message. The report has no script, so the
 * height is estimated (src/report/html/preview-height.ts); these are the heights Chromium 156
 * gives each document in a srcdoc frame of that width (document.documentElement.scrollHeight),
 * and the estimate must land within two pixels of them. `npm run test:visual` checks the same
 * on whole reports in the browser itself.
 */
const CASES: Array<{ name: string; doc: string; chromium: Record<400 | 798, number> }> = [
  {
    name: 'margins collapse between siblings and through the body',
    doc: `<!DOCTYPE html><html><body><h1>Your order</h1><p>Thanks for shopping with us.</p><p>See you soon.</p></body></html>`,
    chromium: { 400: 148, 798: 148 },
  },
  {
    name: 'a paragraph wraps at the frame\'s width',
    doc: `<html><body style="margin:0"><p style="margin:0;font:15px/24px Helvetica,Arial,sans-serif">When you reach 15 GB, new files will stop syncing from your devices and people won't be able to share files with you. Nothing already stored will be deleted, and you can free up space at any time by emptying the trash.</p></body></html>`,
    chromium: { 400: 96, 798: 48 },
  },
  {
    name: 'table columns take the width their content needs',
    doc: `<html><body style="margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:10px 0;font:14px Arial">Miso-glazed salmon with sesame rice and a long description of the dish</td><td style="padding:10px 0;font:14px Arial">1</td><td style="padding:10px 0;font:14px Arial">$23.97</td></tr><tr><td colspan="2" style="padding:6px 0;font:bold 14px Arial">Total including delivery and taxes</td><td style="padding:6px 0;font:14px Arial">$81.90</td></tr></table></body></html>`,
    chromium: { 400: 80, 798: 64 },
  },
  {
    name: 'a button is an inline-block on its line',
    doc: `<html><body style="margin:0"><p style="margin:16px 0 0"><a style="display:inline-block;padding:12px 24px;font:bold 15px Helvetica,Arial,sans-serif">Invite friends</a></p><p style="margin:0">After the button</p></body></html>`,
    chromium: { 400: 75, 798: 75 },
  },
  {
    name: 'hidden text takes no room',
    doc: `<html><body style="margin:0"><div style="display:none">Preheader one</div><div style="max-height:0;overflow:hidden">Preheader two</div><p style="margin:0">Visible</p></body></html>`,
    chromium: { 400: 18, 798: 18 },
  },
  {
    name: 'rules of the message\'s own stylesheet apply',
    doc: `<html><head><style>.card { padding: 20px; border: 2px solid #ccc } p { margin: 0 } @media (max-width: 10px) { .card { padding: 200px } }</style></head><body style="margin:0"><div class="card"><p>One</p><p>Two</p></div></body></html>`,
    chromium: { 400: 80, 798: 80 },
  },
  {
    name: 'kept white space and line breaks',
    doc: `<html><body style="margin:0"><pre style="white-space:pre-wrap;font:14px/1.5 monospace;margin:16px">Order number:  #1234\nOrder date:    October 20, 2025\n\n  Subtotal     $60.00</pre></body></html>`,
    chromium: { 400: 116, 798: 116 },
  },
  {
    name: 'a fixed height is the height, whatever the content',
    doc: `<html><body style="margin:0"><span style="display:block;box-sizing:border-box;width:140px;height:36px;padding:4px;overflow:hidden;font:12px/1.3 Arial">[image] A very long alternative text for the logo</span></body></html>`,
    chromium: { 400: 36, 798: 36 },
  },
  {
    name: 'the report\'s gutter narrows the message',
    doc: `<html><head></head><body style="margin:0"><p style="margin:0;font:16px/20px Arial">This sentence is long enough that it wraps once the gutter takes its share of the frame width, and a little more text to be sure.</p><style>html { box-sizing: border-box !important; padding-right: 156px !important; }</style></body></html>`,
    chromium: { 400: 80, 798: 40 },
  },
];

describe('preview height: the estimate against Chromium\'s layout', () => {
  for (const c of CASES) {
    for (const width of [400, 798] as const) {
      it(`${c.name} (${width}px)`, () => {
        expect(Math.abs(estimatePreviewHeight(c.doc, width, DEFAULT_LIMITS) - c.chromium[width])).toBeLessThanOrEqual(2);
      });
    }
  }

  it('walks a message nested far deeper than the model\'s limit without exhausting the stack', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}innermost${'</div>'.repeat(20_000)}</body></html>`;
    const h = estimatePreviewHeight(deep, 798, resolveLimits({ maxHtmlDepth: 30_000 }));
    expect(Number.isFinite(h)).toBe(true);
    expect(h).toBeGreaterThan(0);
  });
});

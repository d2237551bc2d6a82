import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type Checker } from '../../src/check.js';
import { answerOf } from '../../src/server/answer.js';
import { contractJson, toContractResult, unshiftResult } from '../../src/server/request.js';
import { formatJson } from '../../src/report/json.js';
import type { FileResult } from '../../src/types.js';
import { GRAY } from './helpers.js';

const dec = (b: Uint8Array) => new TextDecoder().decode(b);
/** The result object as `--format json` prints it, read back from the whole document. */
const printed = (r: FileResult) => (JSON.parse(formatJson({ version: 1, results: [r] })) as { results: unknown[] }).results[0];
/** What the service sent before answers were made on the worker: that object, re-serialised. */
const sentBefore = (r: FileResult) => `${JSON.stringify(printed(r))}\n`;

let checker: Checker;
beforeAll(() => {
  checker = createChecker();
});

describe('contractJson', () => {
  it('is byte for byte the re-serialised contract object, over the gray-zone fixtures', async () => {
    const files = readdirSync(GRAY).filter((f) => /\.(eml|html|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const r = await checker.checkBuffer(f, readFileSync(join(GRAY, f)));
      expect(contractJson(r), f).toBe(sentBefore(r));
      expect(toContractResult(r), f).toEqual(printed(r));
    }
  }, 60_000);

  it('keeps explain detail, errors and characters JSON must escape as before', () => {
    const odd: FileResult = {
      file: 'a\u2028b"\\\ud800.html',
      kind: 'html',
      findings: [],
      error: { code: 'unreadable', message: 'file is empty\n\u0000' },
    };
    expect(contractJson(odd)).toBe(sentBefore(odd));
  });
});

describe('answerOf', () => {
  it('200 with the body bytes and each law’s verdict class', async () => {
    const r = await checker.checkBuffer('receipt.eml', readFileSync(join(GRAY, 'receipt-with-referral.eml')), { kind: 'eml' });
    const a = answerOf(r);
    expect(a.status).toBe(200);
    expect(dec(a.body)).toBe(sentBefore(r));
    expect(a.errorCode).toBeUndefined();
    expect(Object.fromEntries(a.verdicts)).toEqual(Object.fromEntries(Object.entries(r.verdicts!).map(([law, v]) => [law, v.class])));
    // Bytes of their own, so the worker can transfer them.
    expect(a.body.byteOffset).toBe(0);
    expect(a.body.buffer.byteLength).toBe(a.body.byteLength);
  });

  it('422 with the error code and no verdicts for unreadable input', async () => {
    const r = await checker.checkBuffer('empty.eml', Buffer.alloc(0));
    const a = answerOf(r);
    expect(a).toMatchObject({ status: 422, errorCode: 'unreadable', verdicts: [] });
    expect(dec(a.body)).toBe(sentBefore(r));
  });

  it('takes inserted lines back out of locations, as unshiftResult does', async () => {
    const html = '---\nfrom: Shop <a@shop.example>\n---\n<p>Get 20% off everything today. <a href="https://shop.example/sale">Shop now</a></p>';
    const r = await checker.checkBuffer('request.html', Buffer.from(html), { kind: 'template' });
    const shift = { at: 1, count: 3 };
    expect(dec(answerOf(r, shift).body)).toBe(sentBefore(unshiftResult(r, shift)));
  });
});

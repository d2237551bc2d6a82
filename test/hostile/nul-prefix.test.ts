import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';

/** Issue 15 item 16: a run of NULs before UTF-8 HTML must not turn an offer into UTF-16 noise called transactional. */
describe('a NUL prefix before UTF-8 text', () => {
  const checker = createChecker();
  const offer = Buffer.from('<html><body><h1>Flash sale: 50% off everything</h1><p><a href="https://shop.example.com/sale">Shop now</a></p></body></html>');

  it('is not decoded as UTF-16: NULs in a text file make it binary (exit 3), not noise to classify', async () => {
    const r = await checker.checkBuffer('prefixed.html', Buffer.concat([Buffer.alloc(600), offer]));
    expect(r.error?.code).toBe('unsupported');
    expect(r.verdicts).toBeUndefined();
  });

  it('still reads real UTF-16 without a byte-order mark', async () => {
    const r = await checker.checkBuffer('u16.html', Buffer.from(offer.toString('utf8'), 'utf16le'));
    expect(r.error).toBeUndefined();
    expect(r.category).toBe('marketing');
  });
});

import { describe, expect, it } from 'vitest';
import { costly, overCautious } from '../src/eval/measures.js';

const label = (casl: string, gdpr: string) => ({ category: 'transactional', 'can-spam': 'transactional', casl, gdpr, confidence: 'high', reason: '' }) as never;
const verdict = (casl: string, gdpr: string) => ({ category: 'transactional', 'can-spam': 'transactional', casl, gdpr, stream: 'transactional' }) as never;

describe('error directions counted by npm run eval', () => {
  it('costly: commercial mail called not commercial; over-cautious: the reverse; a right call is neither', () => {
    expect(costly(label('cem', 'direct-marketing'), verdict('not-cem', 'service'))).toBe(true);
    expect(overCautious(label('cem', 'direct-marketing'), verdict('not-cem', 'service'))).toBe(false);
    expect(overCautious(label('not-cem', 'service'), verdict('cem', 'direct-marketing'))).toBe(true);
    expect(costly(label('not-cem', 'service'), verdict('cem', 'direct-marketing'))).toBe(false);
    // CASL's two non-commercial classes confused: neither direction.
    expect(overCautious(label('cem-exempt', 'service'), verdict('not-cem', 'service'))).toBe(false);
    expect(costly(label('cem-exempt', 'service'), verdict('not-cem', 'service'))).toBe(false);
    // Over-cautious under the EU alone.
    expect(overCautious(label('cem', 'service'), verdict('cem', 'direct-marketing'))).toBe(true);
  });
});

describe('near-copies across sources', () => {
  const pack = (greeting: string) => [`define('EMAIL_SUBJECT', 'Welcome to ' . STORE_NAME);`, `define('EMAIL_GREET_MR', '${greeting} Mr. %s,');`, `define('EMAIL_WELCOME', 'We wish to welcome you to our store.');`, `define('EMAIL_COUPON', 'As a thank you, here is a discount coupon: %s');`, `define('EMAIL_CONTACT', 'For help, write to the store owner.');`].join('\n');

  it('finds the same language file in two repositories, not in one, and not a different file', async () => {
    const { nearCopies } = await import('../src/eval/copies.js');
    const texts = [pack('Dear'), pack('Hello'), pack('Dear'), 'Your order #42 has shipped.\nTracking number: 1Z999AA10123456784\nExpected delivery: Friday, 4 December\nThank you for shopping with us.'];
    const copies = nearCopies(texts, ['a/shop', 'b/shop', 'a/shop', 'c/shop']);
    // 0 and 1 share four of their five telling lines (4/6 ≥ 0.5); 0 and 2 are one repository's.
    expect(copies[0]).toEqual([1]);
    expect(copies[1]).toEqual([0, 2]);
    expect(copies[2]).toEqual([1]);
    expect(copies[3]).toEqual([]);
  });

  it('holds out together the repositories that share a copy, whatever order they come in', async () => {
    const { copyAwareFolds } = await import('../src/eval/copies.js');
    expect(copyAwareFolds(['z/x', 'a/y', 'm/w', 'q/v'], [[2], [], [0, 3], [2]])).toEqual(['m/w', 'a/y', 'm/w', 'm/w']);
    expect(copyAwareFolds(['q/v', 'm/w', 'z/x'], [[1], [0, 2], [1]])).toEqual(['m/w', 'm/w', 'm/w']);
  });
});

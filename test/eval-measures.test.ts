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

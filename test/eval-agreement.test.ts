import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, readSecondReadings } from '../src/eval/agreement.js';
import type { Labelled, Prediction } from '../src/eval/measures.js';

const notice: Labelled = { category: 'transactional', 'can-spam': 'transactional', casl: 'cem-exempt', gdpr: 'service' };
const sale: Labelled = { category: 'marketing', 'can-spam': 'commercial', casl: 'cem', gdpr: 'direct-marketing' };
const asNotice: Prediction = { category: 'transactional', 'can-spam': 'transactional', casl: 'cem-exempt', gdpr: 'service', stream: 'transactional' };
const asSale: Prediction = { category: 'marketing', 'can-spam': 'commercial', casl: 'cem', gdpr: 'direct-marketing', stream: 'marketing' };

describe('agreement between two readings', () => {
  it('counts where the readers agree and where graylint matches the corpus label, on all and on the agreed ones', () => {
    const rows = [
      { label: notice, second: notice, predicted: asNotice }, // agreed, right
      { label: notice, second: notice, predicted: asSale }, // agreed, wrong
      { label: sale, second: notice, predicted: asSale }, // split, right by the corpus label
      { label: sale, second: { ...notice, casl: 'not-cem' }, predicted: asNotice }, // split, wrong
    ];
    expect(agreement(rows, 'casl')).toEqual({ n: 4, agreed: 2, rightOnAll: 2, rightOnAgreed: 1 });
    // The stream is derived from the labels (LABELING: direct marketing goes on the marketing stream).
    expect(agreement(rows, 'stream')).toEqual({ n: 4, agreed: 2, rightOnAll: 2, rightOnAgreed: 1 });
  });

  it('reads the second readings file, and none when there is no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-agreement-'));
    const file = join(dir, 'second-reading.json');
    writeFileSync(file, JSON.stringify({ 'shared/a': { ...notice, confidence: 'high' } }));
    expect(readSecondReadings(file).get('shared/a')?.casl).toBe('cem-exempt');
    expect(readSecondReadings(join(dir, 'absent.json')).size).toBe(0);
  });
});

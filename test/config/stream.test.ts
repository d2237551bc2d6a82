import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { applyConfig, loadConfig, streamFinding, TRANSACTIONAL_FIX } from '../../src/config/index.js';
import type { FileResult, Verdict } from '../../src/types.js';
import { EXAMPLE, packs, tempProject } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const RECEIPT = join(FIXTURES, 'gray-zone/receipt-with-referral.eml');

let receipt: FileResult;
beforeAll(async () => {
  receipt = await createChecker({ packs }).checkFile(RECEIPT);
});

const verdict = (cls: string, citation?: string): Verdict => ({ class: cls, decidedBy: [`x/${cls}`], citation });
const plain = (classes: [string, string, string], stream: 'transactional' | 'marketing'): FileResult => ({
  file: 'a.html',
  category: stream === 'transactional' ? 'transactional' : 'marketing',
  stream,
  verdicts: { 'can-spam': verdict(classes[0], '16 CFR 316.3(b)'), casl: verdict(classes[1]), gdpr: verdict(classes[2], 'ICO') },
  findings: [],
});

describe('streamFinding', () => {
  it('flags the hybrid receipt declared transactional, with the promotional evidence', () => {
    expect(receipt.error).toBeUndefined();
    expect(receipt.verdicts!['can-spam'].class).toBe('transactional');
    const f = streamFinding('transactional', receipt)!;
    expect(f).not.toBeNull();
    expect(f.ruleId).toBe('stream/mismatch');
    expect(f.severity).toBe('error');
    expect(f.pack).toBe('stream');
    expect(f.message).toBe('Declared transactional, but CASL says cem and EU/UK ePrivacy says direct-marketing.');
    expect(f.citation).toBe(`${receipt.verdicts!.casl.citation}; ${receipt.verdicts!.gdpr.citation}`);
    expect(f.citation).toContain('CASL s.1(2)');
    const promo = receipt.findings.find((x) => x.ruleId === 'casl/promo-in-transactional')!;
    expect(promo).toBeDefined();
    expect(f.evidence).toBe(promo.evidence);
    expect(f.evidence).toMatch(/Give \$10, get \$10/);
    expect(f.location).toEqual(promo.location);
    expect(f.location.scope).toBe('body');
    expect(f.fix).toBe(TRANSACTIONAL_FIX);
  });

  it('is null for the receipt declared marketing, or with no declared stream', () => {
    expect(streamFinding('marketing', receipt)).toBeNull();
    expect(streamFinding(undefined, receipt)).toBeNull();
  });

  it('names every law that disagrees; falls back to the body without a promotional finding', () => {
    const f = streamFinding('transactional', plain(['commercial', 'cem', 'direct-marketing'], 'marketing'))!;
    expect(f.message).toBe('Declared transactional, but CAN-SPAM says commercial, CASL says cem and EU/UK ePrivacy says direct-marketing.');
    expect(f.citation).toBe('16 CFR 316.3(b); x/cem; ICO');
    expect(f.location).toEqual({ scope: 'body' });
    expect(f.evidence).toBe('');
  });

  it('gives an info finding for a marketing-declared message with nothing promotional', () => {
    const f = streamFinding('marketing', plain(['transactional', 'cem-exempt', 'service'], 'transactional'))!;
    expect(f.ruleId).toBe('stream/mismatch');
    expect(f.severity).toBe('info');
    expect(f.message).toBe('Declared marketing, but nothing in it is promotional; it could go on the transactional stream.');
    expect(streamFinding('transactional', plain(['transactional', 'cem-exempt', 'service'], 'transactional'))).toBeNull();
  });

  it('is null for a result with an error', () => {
    expect(streamFinding('transactional', { file: 'x', findings: [], error: { code: 'unreadable', message: 'x' } })).toBeNull();
  });
});

describe('applyConfig', () => {
  const dir = tempProject({ 'graylint.config.yaml': EXAMPLE });

  it('adds the stream finding first, drops findings that are off and rewrites severities', () => {
    const config = loadConfig({ cwd: dir, packs });
    const fc = config.forFile('templates/transactional/receipt.eml');
    expect(fc.stream).toBe('transactional');
    const out = applyConfig(receipt, fc);
    expect(out.findings[0]!.ruleId).toBe('stream/mismatch');
    expect(out.findings[0]!.severity).toBe('error');
    expect(out.findings.length).toBe(receipt.findings.length + 1);
    // Unchanged input; idempotent.
    expect(receipt.findings.some((f) => f.ruleId === 'stream/mismatch')).toBe(false);
    expect(applyConfig(out, fc).findings).toEqual(out.findings);

    const strict = loadConfig({ cwd: tempProject({ 'graylint.config.yaml': 'extends: strict\nrules:\n  providers/*: off\n  stream/mismatch: warning\nstreams:\n  transactional: ["**"]\n' }), packs });
    const s = applyConfig(receipt, strict.forFile('r.eml'));
    expect(s.findings.some((f) => f.pack === 'providers')).toBe(false);
    expect(s.findings.find((f) => f.ruleId === 'casl/promo-in-transactional')!.severity).toBe('error');
    expect(s.findings.find((f) => f.ruleId === 'stream/mismatch')!.severity).toBe('warning');
    // Promotional findings that are off still supply the stream finding's evidence.
    const off = loadConfig({ cwd: tempProject({ 'graylint.config.yaml': 'rules:\n  casl/*: warning\n  gdpr/*: off\n  providers/*: off\n  casl/promo-in-transactional: off\nstreams:\n  transactional: ["**"]\n' }), packs });
    const o = applyConfig(receipt, off.forFile('r.eml'));
    const sf = o.findings.find((f) => f.ruleId === 'stream/mismatch')!;
    expect(sf.evidence).toMatch(/Give \$10, get \$10/);
    expect(o.findings.map((f) => f.ruleId)).toEqual(['stream/mismatch', 'casl/missing-unsubscribe']);
    expect(o.findings[1]!.severity).toBe('warning');
  });

  it('leaves laws that are turned off out of the stream finding', () => {
    const caOnly = loadConfig({ cwd: tempProject({ 'graylint.config.yaml': 'jurisdictions: [ca]\nstreams:\n  transactional: ["**"]\n' }), packs });
    const out = applyConfig(receipt, caOnly.forFile('r.eml'));
    expect(out.findings[0]!.message).toBe('Declared transactional, but CASL says cem.');
    expect(out.findings.every((f) => ['stream', 'casl', 'category', 'providers'].includes(f.pack))).toBe(true);
    const usOnly = loadConfig({ cwd: tempProject({ 'graylint.config.yaml': 'jurisdictions: [us]\nstreams:\n  transactional: ["**"]\n' }), packs });
    expect(applyConfig(receipt, usOnly.forFile('r.eml')).findings.some((f) => f.ruleId === 'stream/mismatch')).toBe(false);
  });

  it('returns a result with an error unchanged', () => {
    const r: FileResult = { file: 'x', findings: [], error: { code: 'unreadable', message: 'x' } };
    expect(applyConfig(r, loadConfig({ cwd: dir, packs }).forFile('x'))).toBe(r);
  });
});

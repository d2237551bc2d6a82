import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/server/metrics.js';
import { buildCheckRequest, injectFrom, mediaTypeOf, unshiftResult } from '../../src/server/request.js';
import type { FileResult, Finding } from '../../src/types.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('mediaTypeOf', () => {
  it('keeps the media type, drops parameters and case', () => {
    expect(mediaTypeOf('Text/HTML; charset=UTF-8')).toBe('text/html');
    expect(mediaTypeOf('message/rfc822')).toBe('message/rfc822');
    expect(mediaTypeOf('image/png')).toBeNull();
    expect(mediaTypeOf(undefined)).toBeNull();
  });
});

describe('buildCheckRequest', () => {
  it('maps each media type to a file name and forced kind', () => {
    const eml = buildCheckRequest('message/rfc822', enc('x'));
    expect(eml).toMatchObject({ ok: true, task: { file: 'request.eml', kind: 'eml' } });
    expect(buildCheckRequest('text/plain', enc('x'), 'Hi')).toMatchObject({ ok: true, task: { file: 'request.txt', kind: 'template', subject: 'Hi' } });
  });

  it('rejects bad JSON with a reason', () => {
    expect(buildCheckRequest('application/json', enc('{'))).toEqual({ ok: false, error: 'malformed JSON' });
    expect(buildCheckRequest('application/json', new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false });
    expect(buildCheckRequest('application/json', enc('{"from":"a\\nb","html":"x"}'))).toMatchObject({ ok: false });
  });
});

describe('injectFrom / unshiftResult', () => {
  it('adds a front-matter block when there is none', () => {
    const { text, shift } = injectFrom('<p>hi</p>\n<p>there</p>', 'Shop <a@b.c>');
    expect(text).toBe('---\nfrom: Shop <a@b.c>\n---\n<p>hi</p>\n<p>there</p>');
    expect(shift).toEqual({ at: 1, count: 3 });
  });

  it('appends to existing front matter, so it wins over an earlier from:', () => {
    const src = '---\nsubject: Hi\nfrom: old@x.y\n---\n<p>body</p>';
    const { text, shift } = injectFrom(src, 'new@x.y');
    expect(text).toBe('---\nsubject: Hi\nfrom: old@x.y\nfrom: new@x.y\n---\n<p>body</p>');
    expect(text.split('\n')[shift.at - 1]).toBe('from: new@x.y');
    expect(shift).toEqual({ at: 4, count: 1 });
  });

  it('moves lines back and drops positions inside the inserted lines', () => {
    const f = (line: number): Finding => ({
      ruleId: 'r', severity: 'info', message: '', citation: '', evidence: '', fix: '', pack: 'p',
      location: { scope: 'body', line, column: 3 },
    });
    const r: FileResult = { file: 'x', findings: [f(1), f(2), f(5)] };
    const out = unshiftResult(r, { at: 2, count: 2 });
    expect(out.findings.map((x) => x.location)).toEqual([
      { scope: 'body', line: 1, column: 3 },
      { scope: 'body' },
      { scope: 'body', line: 3, column: 3 },
    ]);
  });

  it('round-trips: the bytes sent are the injected text', () => {
    const built = buildCheckRequest('application/json', enc(JSON.stringify({ text: 'Hello', from: 'a@b.c' })));
    expect(built.ok && dec(built.task.bytes)).toBe('---\nfrom: a@b.c\n---\nHello');
  });
});

describe('Metrics', () => {
  it('renders valid exposition lines with escaped labels', () => {
    const m = new Metrics(() => ({ workers: 2, queued: 0 }));
    m.errors.inc({ code: 'a"b\\c' });
    m.duration.observe({ route: '/x' }, 0.2);
    const text = m.render();
    expect(text).toContain('graylint_errors_total{code="a\\"b\\\\c"} 1');
    expect(text).toContain('graylint_request_duration_seconds_bucket{route="/x",le="0.1"} 0');
    expect(text).toContain('graylint_request_duration_seconds_bucket{route="/x",le="0.25"} 1');
    expect(text).toContain('graylint_request_duration_seconds_count{route="/x"} 1');
    expect(text.endsWith('\n')).toBe(true);
  });
});

import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripControls } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import type { Report } from '../../src/types.js';
import { errorResult, fileResult, finding, FIXTURE_FILES, HOSTILE, MISSING_FILE, packs, pipelineReport, ROOT } from './helpers.js';

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

/** Parses XML with a strict, well-formedness-checking parser (saxes) into a small element tree; throws on any error. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: Element[] = [root];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const el: Element = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.write(xml).close();
  if (error) throw error;
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const kids = (el: Element, name: string) => el.children.filter((c) => c.name === name);
const num = (el: Element, attr: string) => Number(el.attrs[attr]);

/** Checks tests/failures/errors on every suite and on <testsuites> against the elements actually present. */
function assertCounts(doc: Element): void {
  expect(doc.name).toBe('testsuites');
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const suite of kids(doc, 'testsuite')) {
    const cases = kids(suite, 'testcase');
    const f = cases.filter((c) => kids(c, 'failure').length > 0).length;
    const e = cases.filter((c) => kids(c, 'error').length > 0).length;
    expect(num(suite, 'tests')).toBe(cases.length);
    expect(num(suite, 'failures')).toBe(f);
    expect(num(suite, 'errors')).toBe(e);
    tests += cases.length;
    failures += f;
    errors += e;
  }
  expect(num(doc, 'tests')).toBe(tests);
  expect(num(doc, 'failures')).toBe(failures);
  expect(num(doc, 'errors')).toBe(errors);
}

/** What a hostile string becomes: terminal controls gone, and anything XML 1.0 cannot carry (here, the lone surrogate). */
const xmlText = (s: string) => stripControls(s).replace(/[\ud800-\udfff]/g, '');

describe('formatJunit on the real pipeline', () => {
  let report: Report;
  let doc: Element;
  beforeAll(async () => {
    report = await pipelineReport();
    doc = parseXml(formatJunit(report, packs()));
  });

  it('has correct counts on every suite and on testsuites', () => {
    assertCounts(doc);
    expect(num(doc, 'failures')).toBeGreaterThan(0);
    expect(num(doc, 'errors')).toBe(1);
  });

  it('has one testsuite per file and one testcase per pack, named by the loaded pack ids', () => {
    const suites = kids(doc, 'testsuite');
    expect(suites.map((s) => s.attrs['name'])).toEqual(report.results.map((r) => r.file));
    const ids = packs().map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['category', 'can-spam', 'casl', 'gdpr', 'providers']));
    for (const [i, r] of report.results.entries()) {
      if (r.error) continue;
      const cases = kids(suites[i]!, 'testcase');
      expect(cases.map((c) => c.attrs['name'])).toEqual(ids);
      for (const c of cases) expect(c.attrs['classname']).toBe(r.file);
    }
  });

  it('fails a pack with one <failure> per error-level finding, and lists warnings and info in <system-out>', () => {
    const suites = kids(doc, 'testsuite');
    for (const [i, r] of report.results.entries()) {
      if (r.error) continue;
      for (const c of kids(suites[i]!, 'testcase')) {
        const mine = r.findings.filter((f) => f.pack === c.attrs['name']);
        const errs = mine.filter((f) => f.severity === 'error');
        const failures = kids(c, 'failure');
        expect(failures.map((f) => f.attrs['type'])).toEqual(errs.map((f) => f.ruleId));
        expect(failures.map((f) => f.attrs['message'])).toEqual(errs.map((f) => f.message));
        for (const [j, f] of errs.entries()) {
          const text = failures[j]!.text;
          expect(text).toContain(f.message);
          expect(text).toContain(`fix: ${f.fix}`);
          expect(text).toContain(`law: ${f.citation}`);
          expect(text).toContain(`evidence: ${f.evidence}`);
          expect(text).toContain(`location: ${f.location.scope}`);
        }
        const others = mine.filter((f) => f.severity !== 'error');
        const out = kids(c, 'system-out');
        if (others.length === 0) expect(out).toHaveLength(0);
        else {
          expect(out).toHaveLength(1);
          for (const f of others) expect(out[0]!.text).toContain(`${f.severity}: ${f.ruleId}`);
        }
      }
    }
  });

  it('reports the unreadable file as one testcase with an <error>', () => {
    const suite = kids(doc, 'testsuite').find((s) => s.attrs['name']!.endsWith(MISSING_FILE))!;
    const cases = kids(suite, 'testcase');
    expect(cases).toHaveLength(1);
    expect(kids(cases[0]!, 'error')).toHaveLength(1);
    expect(kids(cases[0]!, 'error')[0]!.attrs['type']).toBe('unreadable');
    expect(suite.attrs).toMatchObject({ tests: '1', failures: '0', errors: '1' });
  });

  it('records the classification as suite properties', () => {
    const suite = kids(doc, 'testsuite').find((s) => s.attrs['name'] === `${ROOT}${FIXTURE_FILES[0]}`)!;
    const props = Object.fromEntries(kids(kids(suite, 'properties')[0]!, 'property').map((p) => [p.attrs['name'], p.attrs['value']]));
    expect(props).toMatchObject({ category: 'hybrid', stream: 'marketing', casl: 'cem' });
  });
});

describe('formatJunit on hand-made reports', () => {
  it('produces well-formed XML from hostile content and keeps the legal text', () => {
    const f = finding({ ruleId: 'can-spam/promo-before-transactional', message: `The promotion “${HOSTILE}” comes first.`, evidence: HOSTILE, fix: `Move “${HOSTILE}”.` });
    const w = finding({ ruleId: 'casl/promo-in-transactional', severity: 'warning', message: HOSTILE, evidence: HOSTILE });
    const file = `a&b<c>"d'e]]>\u0001.html`;
    const xml = formatJunit({ version: 1, results: [fileResult(file, [f, w]), errorResult(file, HOSTILE)] }, packs());
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/);
    expect(xml).not.toMatch(/\u001b/);
    const doc = parseXml(xml);
    assertCounts(doc);
    const [suite, errSuite] = kids(doc, 'testsuite');
    expect(suite!.attrs['name']).toBe(xmlText(file));
    const failing = kids(suite!, 'testcase').find((c) => c.attrs['name'] === 'can-spam')!;
    const failure = kids(failing, 'failure')[0]!;
    // Attribute values round-trip exactly, CR and LF included.
    expect(failure.attrs['message']).toBe(xmlText(f.message));
    expect(failure.text).toContain(`evidence: ${xmlText(HOSTILE)}`);
    const casl = kids(suite!, 'testcase').find((c) => c.attrs['name'] === 'casl')!;
    expect(kids(casl, 'failure')).toHaveLength(0);
    expect(kids(casl, 'system-out')[0]!.text).toContain(xmlText(HOSTILE));
    const error = kids(kids(errSuite!, 'testcase')[0]!, 'error')[0]!;
    expect(error.attrs['message']).toBe(xmlText(HOSTILE));
  });

  it('counts several files and packs exactly', () => {
    const report: Report = {
      version: 1,
      results: [
        fileResult('a.html', [
          finding({ ruleId: 'casl/missing-unsubscribe' }),
          finding({ ruleId: 'casl/missing-sender-identification' }),
          finding({ ruleId: 'gdpr/missing-opt-out' }),
          finding({ ruleId: 'providers/promo-in-receipt', severity: 'warning' }),
        ]),
        fileResult('b.html', [], { category: 'transactional', stream: 'transactional' }),
        errorResult('c.eml'),
        fileResult('d.html', [finding({ ruleId: 'custom/extra' })]),
      ],
    };
    const doc = parseXml(formatJunit(report, packs()));
    assertCounts(doc);
    const n = packs().length;
    const suites = kids(doc, 'testsuite');
    expect(suites.map((s) => [s.attrs['tests'], s.attrs['failures'], s.attrs['errors']])).toEqual([
      [String(n), '2', '0'],
      [String(n), '0', '0'],
      ['1', '0', '1'],
      // A finding from a pack that is not loaded gets a testcase of its own.
      [String(n + 1), '1', '0'],
    ]);
    expect(doc.attrs).toMatchObject({ tests: String(3 * n + 2), failures: '3', errors: '1' });
    const casl = kids(suites[0]!, 'testcase').find((c) => c.attrs['name'] === 'casl')!;
    expect(kids(casl, 'failure')).toHaveLength(2);
  });

  it('is a valid empty document for an empty report', () => {
    const doc = parseXml(formatJunit({ version: 1, results: [] }, packs()));
    expect(doc.attrs).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });
});

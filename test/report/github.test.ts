import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, stripControls } from '../../src/report/github.js';
import type { Report } from '../../src/types.js';
import { errorResult, fileResult, finding, FIXTURE_FILES, HOSTILE, MISSING_FILE, pipelineReport, ROOT } from './helpers.js';

/** Parses a workflow command line the way the Actions runner does (`::name k=v,k=v::data`), unescaping as it does. */
function parseCommand(line: string): { name: string; props: Record<string, string>; data: string } | null {
  if (!line.startsWith('::')) return null;
  const end = line.indexOf('::', 2);
  if (end < 0) return null;
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  const props: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      props[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    }
  }
  const data = line.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { name, props, data };
}

const lines = (out: string) => out.replace(/\n$/, '').split('\n');

describe('escaping', () => {
  it('escapes data and property values exactly as @actions/toolkit does', () => {
    expect(escapeData('100% off:\r\nnow, today')).toBe('100%25 off:%0D%0Anow, today');
    expect(escapeProperty('100% off:\r\nnow, today')).toBe('100%25 off%3A%0D%0Anow%2C today');
    // '%' is escaped first, so an existing escape cannot be smuggled through.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('strips ANSI sequences and control characters but keeps tab, CR and LF for escaping', () => {
    expect(stripControls('a\u001b[31mred\u001b[0m\u001b]0;title\u0007b\u0000\u0007\u009b1m\u202ex\tc\r\nd')).toBe('aredb1mx\tc\r\nd');
  });
});

describe('formatGithub on hand-made reports', () => {
  it('writes one exactly escaped annotation per finding, with line and col when known', () => {
    const report: Report = {
      version: 1,
      results: [
        fileResult('templates/a,b:c.html', [
          finding({ ruleId: 'casl/missing-unsubscribe', message: 'Save 50%: now,\r\nthen\u001b[31mRED\u001b[0m', fix: 'Add a,b: c.', location: { scope: 'footer', line: 12, column: 4 } }),
          finding({ ruleId: 'providers/no-reply-sender', severity: 'info', message: 'No reply.', fix: 'Use support@.', location: { scope: 'from' } }),
          finding({ ruleId: 'gdpr/promo-in-service-message', severity: 'warning', message: 'Promo.', fix: 'Remove it.', location: { scope: 'body', line: 3 } }),
        ]),
      ],
    };
    expect(lines(formatGithub(report))).toEqual([
      '::error file=templates/a%2Cb%3Ac.html,line=12,col=4,title=casl/missing-unsubscribe::Save 50%25: now,%0D%0AthenRED (fix: Add a,b: c.)',
      '::warning file=templates/a%2Cb%3Ac.html,line=3,title=gdpr/promo-in-service-message::Promo. (fix: Remove it.)',
      '::notice file=templates/a%2Cb%3Ac.html,title=providers/no-reply-sender::No reply. (fix: Use support@.)',
      'graylint: templates/a,b:c.html: hybrid, marketing stream — CAN-SPAM transactional, CASL cem, EU/UK ePrivacy direct-marketing — 1 error, 1 warning, 1 notice',
      'graylint: 1 file checked, 1 error, 1 warning, 1 notice',
    ]);
  });

  it('annotates the whole file when the line is inside a decoded MIME part of an .eml', () => {
    const r: Report = { version: 1, results: [fileResult('mail/receipt.eml', [finding({ ruleId: 'casl/promo-in-transactional', location: { scope: 'body', line: 103, column: 5, part: 'text/html' } })])] };
    const annotation = lines(formatGithub(r)).find((l) => l.startsWith('::'))!;
    expect(parseCommand(annotation)!.props).toEqual({ file: 'mail/receipt.eml', title: 'casl/promo-in-transactional' });
  });

  it('reports an unreadable file as an input-error annotation and a summary line', () => {
    const out = lines(formatGithub({ version: 1, results: [errorResult('mail/bad.eml', 'is empty')] }));
    expect(out).toEqual([
      '::error file=mail/bad.eml,title=graylint/input-error::is empty',
      'graylint: mail/bad.eml: cannot check — is empty',
      'graylint: 1 file checked, 0 errors, 0 warnings, 1 unreadable',
    ]);
  });

  it('never lets a crafted subject, evidence or file name start a command of its own', () => {
    const hostileFile = `x.html\n::error file=evil.html::pwned\r##[error]legacy`;
    const f = finding({ ruleId: 'can-spam/promo-before-transactional', message: `The promotion “${HOSTILE}” comes first.`, evidence: HOSTILE, fix: `Move “${HOSTILE}”.` });
    const report: Report = { version: 1, results: [fileResult(hostileFile, [f]), errorResult(hostileFile, HOSTILE)] };
    const out = lines(formatGithub(report));
    // Two files: one annotation and one summary each, then the total. Nothing else.
    expect(out).toHaveLength(5);
    const commands = out.filter((l) => l.trimStart().startsWith('::'));
    expect(commands).toHaveLength(2);
    for (const l of out.filter((x) => !x.startsWith('::'))) {
      expect(l.startsWith('graylint: ')).toBe(true);
      expect(l).not.toContain('##[');
    }
    for (const l of out) {
      // eslint-disable-next-line no-control-regex
      expect(l).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    // Round trip through the runner's parser: the property and data come back as the stripped text.
    const parsed = parseCommand(commands[0]!)!;
    expect(parsed.name).toBe('error');
    expect(Object.keys(parsed.props)).toEqual(['file', 'line', 'col', 'title']);
    expect(parsed.props['file']).toBe(stripControls(hostileFile));
    expect(parsed.data).toBe(stripControls(`${f.message} (fix: ${f.fix})`));
    expect(parsed.data).toContain('\n::error file=evil.html::pwned');
    const err = parseCommand(commands[1]!)!;
    expect(err.props['title']).toBe('graylint/input-error');
    expect(err.data).toBe(stripControls(HOSTILE));
  });
});

describe('formatGithub on the real pipeline', () => {
  it('annotates every finding and summarises every file, paths as given', async () => {
    const report = await pipelineReport();
    const out = lines(formatGithub(report));
    const annotations = out.filter((l) => l.startsWith('::'));
    const total = report.results.reduce((n, r) => n + (r.error ? 1 : r.findings.length), 0);
    expect(annotations).toHaveLength(total);
    for (const a of annotations) {
      const c = parseCommand(a)!;
      expect(['error', 'warning', 'notice']).toContain(c.name);
      expect(c.props['file']!.startsWith(ROOT.replace(/\\/g, '/'))).toBe(true);
      expect(c.props['title']).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(c.data.length).toBeGreaterThan(0);
    }
    const summaries = out.filter((l) => l.startsWith('graylint: '));
    expect(summaries).toHaveLength(report.results.length + 1);
    for (const file of FIXTURE_FILES) expect(summaries.some((s) => s.includes(`${file}: `))).toBe(true);
    expect(summaries.find((s) => s.includes(MISSING_FILE))).toMatch(/cannot check/);
    // The annotations of one file come before its summary line, errors first.
    const firstSummary = out.findIndex((l) => l.startsWith('graylint: '));
    const first = out.slice(0, firstSummary).map((l) => parseCommand(l)!.name);
    expect(first).toEqual([...first].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));
    expect(first.length).toBe(report.results[0]!.findings.length);
  });
});

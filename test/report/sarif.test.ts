import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { docsUrl } from '../../src/report/docs-url.js';
import { FINGERPRINT_KEY, formatSarif, INPUT_ERROR_RULE_ID } from '../../src/report/sarif.js';
import type { Report } from '../../src/types.js';
import { errorResult, fileResult, finding, FIXTURE_FILES, HOSTILE, MISSING_FILE, packs, pipelineReport, ROOT } from './helpers.js';

// The SARIF 2.1.0 JSON schema (rtm.5, draft-04) as shipped by Microsoft's @microsoft/jest-sarif package.
const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// Both packages are CommonJS modules whose module.exports also carries the export as `.default`,
// which is how TypeScript (NodeNext) types a default import of them.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

// A loose view of the parts of a SARIF log the assertions read.
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string; markdown?: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number; startColumn?: number } } }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; help: { text: string; markdown: string }; defaultConfiguration: { level: string }; properties: Record<string, unknown> }[] } };
    invocations: { executionSuccessful: boolean }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
    properties: { files: Record<string, unknown>[] };
  }[];
}

const OPTS = { cwd: ROOT, toolVersion: '0.1.0' };
let validate: (data: unknown) => boolean;
let validationErrors: () => string;

beforeAll(() => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // strict: false — the schema uses draft-04 keywords ajv's strict mode would flag; unicodeRegExp: false —
  // its `language` pattern has a stray ']' that is only valid as a non-Unicode ECMAScript regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const v = ajv.compile(schema);
  validate = (data) => v(data) as boolean;
  validationErrors = () => ajv.errorsText(v.errors, { separator: '\n' });
});

function sarif(report: Report, cwd = ROOT): SarifLog {
  const text = formatSarif(report, packs(), { ...OPTS, cwd });
  const log = JSON.parse(text) as SarifLog;
  const ok = validate(log);
  if (!ok) throw new Error(`SARIF does not match the 2.1.0 schema:\n${validationErrors()}`);
  return log;
}

function fp(r: SarifResult): string {
  return r.partialFingerprints[FINGERPRINT_KEY]!;
}

describe('formatSarif on the real pipeline', () => {
  let log: SarifLog;
  beforeAll(async () => {
    log = sarif(await pipelineReport());
  });

  it('is valid SARIF 2.1.0 with one run describing graylint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('graylint');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('has one rule descriptor per rule of every pack, plus the input-error rule', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    const packRules = packs().flatMap((p) => p.rules.map((r) => ({ rule: r, pack: p })));
    expect(rules.map((r) => r.id)).toEqual([...packRules.map((p) => p.rule.id), INPUT_ERROR_RULE_ID]);
    for (const [i, { rule, pack }] of packRules.entries()) {
      const d = rules[i]!;
      expect(d.shortDescription.text).toBe(rule.description);
      expect(d.helpUri).toBe(docsUrl(rule.id));
      expect(d.help.text).toContain('Fix: ');
      expect(d.help.markdown).toContain('**Fix:**');
      expect(d.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
      expect(d.properties).toMatchObject({ citation: rule.citation, pack: pack.id });
      expect(d.properties['tags']).toContain(pack.id);
    }
  });

  it('points every result at its rule through ruleIndex', () => {
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(5);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives file URIs relative to cwd, with forward slashes, under %SRCROOT%', () => {
    const uris = new Set<string>();
    for (const r of log.runs[0]!.results) {
      const a = r.locations[0]!.physicalLocation.artifactLocation;
      expect(a.uriBaseId).toBe('%SRCROOT%');
      expect(a.uri).not.toMatch(/^(\/|file:|[A-Za-z]:)/);
      expect(a.uri).not.toContain('\\');
      uris.add(a.uri);
    }
    expect([...uris].every((u) => [...FIXTURE_FILES, MISSING_FILE].includes(u))).toBe(true);
    expect(uris).toContain('fixtures/gray-zone/receipt-with-referral.eml');
  });

  it('reports the unreadable file as an error result of graylint/input-error', () => {
    const errs = log.runs[0]!.results.filter((r) => r.ruleId === INPUT_ERROR_RULE_ID);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.level).toBe('error');
    expect(errs[0]!.message.text.length).toBeGreaterThan(0);
    expect(errs[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(MISSING_FILE);
    expect(errs[0]!.locations[0]!.physicalLocation.region).toBeUndefined();
  });

  it('carries region only for findings with a line of the file itself, and scope, evidence and fix in properties', async () => {
    const report = await pipelineReport();
    const findings = report.results.flatMap((r) => r.findings);
    const results = log.runs[0]!.results.filter((r) => r.ruleId !== INPUT_ERROR_RULE_ID);
    expect(results).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      const r = results[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(r.message.text).toBe(f.message);
      const region = r.locations[0]!.physicalLocation.region;
      // A line inside a decoded MIME part (.eml) is not a line of the raw file: no region then.
      if (f.location.line === undefined || f.location.part) expect(region).toBeUndefined();
      else expect(region).toEqual({ startLine: f.location.line, ...(f.location.column ? { startColumn: f.location.column } : {}) });
      expect(r.properties).toMatchObject({ scope: f.location.scope, citation: f.citation, evidence: f.evidence, fix: f.fix });
      if (f.location.part) expect(r.properties['part']).toBe(f.location.part);
      expect(fp(r)).toMatch(/^[0-9a-f]{32}$/);
    }
    // The fixtures include findings without a line (headers, From), so the no-region branch is exercised.
    expect(findings.some((f) => f.location.line === undefined)).toBe(true);
    expect(findings.some((f) => f.location.part !== undefined && f.location.line !== undefined)).toBe(true);
    expect(findings.some((f) => f.location.part === undefined && f.location.line !== undefined)).toBe(true);
  });

  it('summarises each file in run.properties', () => {
    const files = log.runs[0]!.properties.files;
    expect(files).toHaveLength(FIXTURE_FILES.length + 1);
    expect(files[0]).toMatchObject({ uri: FIXTURE_FILES[0], category: 'hybrid', verdicts: { casl: { class: 'cem' } } });
    expect(files.at(-1)).toMatchObject({ uri: MISSING_FILE, error: { code: 'unreadable' } });
  });
});

describe('formatSarif fingerprints', () => {
  const base = finding({ ruleId: 'casl/promo-in-transactional', severity: 'warning', location: { scope: 'body', line: 31, column: 5 }, evidence: 'Invite a friend: they get $10 off.' });
  const one = (f = base, file = 'templates/receipt.html') => sarif({ version: 1, results: [fileResult(file, [f])] }).runs[0]!.results[0]!;

  it('does not change when only the line or column moves', () => {
    const moved = one({ ...base, location: { ...base.location, line: 250, column: 40 } });
    expect(fp(moved)).toBe(fp(one()));
  });

  it('ignores differences of whitespace and case in the evidence', () => {
    expect(fp(one({ ...base, evidence: '  INVITE a friend:\n\tthey get $10   off. ' }))).toBe(fp(one()));
  });

  it('changes when the evidence, rule, scope or file differs', () => {
    const ref = fp(one());
    expect(fp(one({ ...base, evidence: 'Invite a friend: they get $20 off.' }))).not.toBe(ref);
    expect(fp(one({ ...base, ruleId: 'gdpr/promo-in-service-message', pack: 'gdpr' }))).not.toBe(ref);
    expect(fp(one({ ...base, location: { ...base.location, scope: 'footer' } }))).not.toBe(ref);
    expect(fp(one(base, 'templates/other.html'))).not.toBe(ref);
  });

  it('numbers identical findings in one file, so each keeps its own stable fingerprint', () => {
    const twice = sarif({ version: 1, results: [fileResult('templates/receipt.html', [base, { ...base, location: { ...base.location, line: 90 } }])] }).runs[0]!.results;
    expect(fp(twice[0]!)).toBe(fp(one()));
    expect(fp(twice[1]!)).not.toBe(fp(twice[0]!));
    // The second occurrence keeps its fingerprint when both move.
    const movedTwice = sarif({ version: 1, results: [fileResult('templates/receipt.html', [{ ...base, location: { ...base.location, line: 5 } }, { ...base, location: { ...base.location, line: 7 } }])] }).runs[0]!.results;
    expect(movedTwice.map(fp)).toEqual(twice.map(fp));
  });

  it('is the same for the same file given as a relative or an absolute path', () => {
    const rel = one(base, 'templates/receipt.html');
    const abs = one(base, join(ROOT, 'templates', 'receipt.html'));
    expect(fp(abs)).toBe(fp(rel));
    expect(abs.locations[0]!.physicalLocation.artifactLocation.uri).toBe('templates/receipt.html');
  });
});

describe('formatSarif on hand-made reports', () => {
  it('stays valid and keeps control characters out of messages from hostile content', () => {
    const f = finding({ ruleId: 'can-spam/promo-before-transactional', severity: 'info', message: `The promotion “${HOSTILE}” comes first.`, evidence: HOSTILE, fix: `Move “${HOSTILE}” down.` });
    const log = sarif({ version: 1, results: [fileResult('templates/x y#1.html', [f]), errorResult('bad.eml', `cannot parse ${HOSTILE}`)] });
    const [r, e] = log.runs[0]!.results;
    expect(r!.level).toBe('note');
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;
    for (const s of [r!.message.text, r!.message.markdown!, String(r!.properties['evidence']), String(r!.properties['fix']), e!.message.text]) expect(s).not.toMatch(controls);
    // Quoted email content cannot become markdown links or HTML.
    expect(r!.message.markdown).not.toMatch(/(?<!\\)<b>/);
    expect(r!.message.markdown).toContain('**Fix:**');
    // A file name with a space and '#' is percent-encoded in the URI reference.
    expect(r!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('templates/x%20y%231.html');
    expect(e!.ruleId).toBe(INPUT_ERROR_RULE_ID);
  });

  it('gives findings of rules missing from the packs a descriptor of their own', () => {
    const log = sarif({ version: 1, results: [fileResult('a.html', [finding({ ruleId: 'custom/thing', location: { scope: 'body' } })])] });
    const run = log.runs[0]!;
    const r = run.results[0]!;
    expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe('custom/thing');
    expect(r.locations[0]!.physicalLocation.region).toBeUndefined();
  });

  it('uses an absolute file URI for a file outside cwd', () => {
    const log = sarif({ version: 1, results: [fileResult('/elsewhere/mail.html', [finding({ ruleId: 'casl/missing-unsubscribe' })])] }, join(ROOT, 'fixtures'));
    const a = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(a.uri).toBe('file:///elsewhere/mail.html');
    expect(a.uriBaseId).toBeUndefined();
  });

  it('uses a validator that rejects logs breaking the schema', () => {
    const good = JSON.parse(formatSarif({ version: 1, results: [fileResult('a.html', [finding({ ruleId: 'casl/missing-unsubscribe' })])] }, packs(), OPTS)) as SarifLog;
    expect(validate(good)).toBe(true);
    const badLevel = structuredClone(good);
    badLevel.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(badLevel)).toBe(false);
    const badLine = structuredClone(good);
    badLine.runs[0]!.results[0]!.locations[0]!.physicalLocation.region = { startLine: 0 };
    expect(validate(badLine)).toBe(false);
    const noVersion: Partial<SarifLog> = structuredClone(good);
    delete noVersion.version;
    expect(validate(noVersion)).toBe(false);
  });

  it('is valid for an empty report', () => {
    const log = sarif({ version: 1, results: [] });
    expect(log.runs[0]!.results).toEqual([]);
  });
});

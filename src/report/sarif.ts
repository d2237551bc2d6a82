import { createHash } from '../lazy.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pack, Rule } from '../packs/load.js';
import type { FileResult, Finding, Law, Report, Severity } from '../types.js';
import { docsUrl } from './docs-url.js';
import type { Formatter } from './index.js';
import { joinChunks, stripControls } from './text.js';
import { Spool, type SpoolOptions } from './spool.js';
import { normaliseEvidence } from '../suppression/evidence-key.js';
import { slashPath } from './paths.js';
import { inputError } from '../builtin/input-error.js';
import { BUILTIN_RULES } from '../builtin/index.js';

/**
 * SARIF 2.1.0 (OASIS) for code-scanning tools such as GitHub code scanning: one run, one
 * reportingDescriptor per rule of every loaded pack (plus graylint/input-error for files that could
 * not be checked), one result per finding.
 *
 * Result URIs are relative to opts.cwd under the %SRCROOT% base id, and each result carries a
 * partial fingerprint that ignores line numbers, so an alert keeps its identity when a template is
 * edited above it.
 */

export interface SarifOptions {
  /** Directory that result URIs are made relative to (the repository root in CI). */
  cwd: string;
  toolVersion: string;
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/graylint/graylint';
export const INPUT_ERROR_RULE_ID = inputError.meta.id;
export const FINGERPRINT_KEY = 'graylintFingerprint/v1';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** Words shown in rule help in place of a message template's placeholders. */
const PLACEHOLDER_WORDS: Record<string, string> = { evidence: 'the flagged text', subject: 'the subject line', class: "the message's class" };

type Json = Record<string, unknown>;

export function formatSarif(report: Report, packs: Pack[], opts: SarifOptions): string {
  // The document is returned as one string anyway, so nothing goes to a temporary file.
  const log = new SarifLog(packs, opts, { memoryBytes: Infinity });
  for (const r of report.results) log.add(r);
  return log.finish();
}

/** Where results and file summaries sit in the document (JSON.stringify's two-space indent). */
const RESULT_INDENT = ' '.repeat(8);
const FILE_INDENT = ' '.repeat(10);

/**
 * A SARIF log built one file result at a time: each result is turned into its SARIF results and
 * file summary, kept as serialised text, and dropped (the CLI's streamed --format sarif). The text
 * waits in spools, in memory while small and then in a temporary file, so a batch of any size
 * holds little more than the rules list. `finish` writes exactly what JSON.stringify(log, null, 2)
 * would. Call `dispose` when done, to remove any temporary file.
 */
export class SarifLog {
  private readonly rules: Json[] = [];
  private readonly ruleIndex = new Map<string, number>();
  // Each result and file summary as UTF-8 text, joined by ",\n" as they are added.
  private readonly results: Spool;
  private readonly files: Spool;
  private resultCount = 0;
  private fileCount = 0;

  constructor(packs: Pack[], private readonly opts: SarifOptions, spool: SpoolOptions = {}) {
    this.results = new Spool(spool);
    this.files = new Spool(spool);
    for (const pack of packs) for (const rule of pack.rules) this.addRule(ruleDescriptor(rule, pack));
    this.addRule(inputErrorDescriptor());
  }

  private addRule(descriptor: Json): number {
    const id = descriptor['id'] as string;
    const existing = this.ruleIndex.get(id);
    if (existing !== undefined) return existing;
    this.ruleIndex.set(id, this.rules.length);
    this.rules.push(descriptor);
    return this.rules.length - 1;
  }

  add(r: FileResult): void {
    const where = artifactLocation(r.file, this.opts.cwd);
    this.files.append(`${this.fileCount++ > 0 ? ',\n' : ''}${indented(fileSummary(r, where.display), FILE_INDENT)}`);
    if (r.error) {
      const index = this.addRule(inputErrorDescriptor());
      this.addResult(indented({
        ruleId: INPUT_ERROR_RULE_ID,
        ruleIndex: index,
        level: 'error',
        message: { text: clean(r.error.message) },
        locations: [{ physicalLocation: { artifactLocation: where.location } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([INPUT_ERROR_RULE_ID, where.display, 'input', r.error.code]) },
        properties: { code: r.error.code },
      }, RESULT_INDENT));
      return;
    }
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const index = this.ruleIndex.get(f.ruleId) ?? this.addRule(unknownRuleDescriptor(f));
      // The line is left out on purpose: an edit above the finding must not make it a new alert.
      const key = JSON.stringify([f.ruleId, where.display, f.location.scope, normaliseEvidence(f.evidence)]);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      this.addResult(indented(findingResult(f, index, where.location, occurrence === 1 ? key : `${key}:${occurrence}`), RESULT_INDENT));
    }
  }

  private addResult(text: string): void {
    this.results.append(`${this.resultCount++ > 0 ? ',\n' : ''}${text}`);
  }

  /** Removes the temporary files, if any. */
  dispose(): void {
    this.results.dispose();
    this.files.dispose();
  }

  /** The whole document: the chunks of `chunks()` joined. */
  finish(): string {
    return joinChunks(this.chunks());
  }

  /**
   * The document in pieces, to be written one after another: the kept results and file summaries
   * are handed out as they are, never joined into one more copy of the whole.
   */
  *chunks(): Generator<string | Buffer> {
    // Sentinels stand where the kept text goes; an empty list is written as JSON.stringify writes it.
    const RESULTS = `${RESULT_INDENT}${JSON.stringify('\u0000results\u0000')}`;
    const FILES = `${FILE_INDENT}${JSON.stringify('\u0000files\u0000')}`;
    const log = {
      $schema: SARIF_SCHEMA_URI,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'graylint',
              version: this.opts.toolVersion,
              informationUri: INFORMATION_URI,
              rules: this.rules,
            },
          },
          invocations: [{ executionSuccessful: true }],
          originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(this.opts.cwd) } },
          // Columns count UTF-16 code units of the (decoded) source, as JavaScript strings do.
          columnKind: 'utf16CodeUnits',
          results: this.resultCount ? ['\u0000results\u0000'] : [],
          properties: { files: this.fileCount ? ['\u0000files\u0000'] : [] },
        },
      ],
    };
    const text = `${JSON.stringify(log, null, 2)}\n`;
    let at = 0;
    for (const [sentinel, items] of [[RESULTS, this.results], [FILES, this.files]] as const) {
      const i = text.indexOf(sentinel, at);
      if (i < 0) continue;
      yield text.slice(at, i);
      yield* items.chunks();
      at = i + sentinel.length;
    }
    yield text.slice(at);
  }
}

/** `value` as JSON.stringify(…, null, 2) writes it inside a document, at this indent. */
function indented(value: Json, indent: string): string {
  return indent + JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function ruleDescriptor(rule: Rule, pack: Pack): Json {
  const url = docsUrl(rule.id);
  const fix = fillPlaceholders(rule.fix);
  return {
    id: rule.id,
    name: friendlyName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} (${rule.citation})` },
    helpUri: url,
    help: {
      text: `${rule.description}\n\nFix: ${fix}\n\nLaw: ${rule.citation}\n\nDocumentation: ${url}`,
      markdown: `${md(rule.description)}\n\n**Fix:** ${md(fix)}\n\n**Law:** ${md(rule.citation)}\n\n[Documentation](${url})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { citation: rule.citation, pack: pack.id, tags: [pack.id, rule.scope, 'email', 'compliance'] },
  };
}

function inputErrorDescriptor(): Json {
  const text = 'The file could not be read or parsed (empty, binary, too large, or not an email or template), so it was not checked.';
  const fix = 'Check that the path names an email (.eml), HTML, MJML, text or template file within the size limit.';
  return {
    id: INPUT_ERROR_RULE_ID,
    name: friendlyName(INPUT_ERROR_RULE_ID),
    shortDescription: { text: 'The file could not be checked.' },
    fullDescription: { text },
    helpUri: docsUrl(INPUT_ERROR_RULE_ID),
    help: { text: `${text}\n\nFix: ${fix}`, markdown: `${md(text)}\n\n**Fix:** ${md(fix)}` },
    defaultConfiguration: { level: 'error' },
    properties: { pack: 'graylint', tags: ['graylint', 'input'] },
  };
}

/** A finding whose rule is not in the loaded packs (a hand-made report) still gets a valid ruleIndex. */
/** A rule no pack defines: a built-in one (described in src/builtin/), or one a result carries. */
function unknownRuleDescriptor(f: Finding): Json {
  const builtin = BUILTIN_RULES.find((b) => b.meta.id === f.ruleId);
  return {
    id: f.ruleId,
    name: friendlyName(f.ruleId),
    shortDescription: { text: builtin ? clean(builtin.meta.description.split('. ')[0]!) : f.ruleId },
    helpUri: docsUrl(f.ruleId),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { citation: f.citation, pack: packOf(f), tags: [packOf(f)] },
  };
}

function findingResult(f: Finding, ruleIndex: number, artifact: Json, fingerprintKey: string): Json {
  const physicalLocation: Json = { artifactLocation: artifact };
  // A line inside a decoded MIME part (location.part) is not a line of the raw .eml file, so it
  // would highlight the wrong text: it stays in properties, not in the region.
  if (f.location.line !== undefined && f.location.line >= 1 && !f.location.part) {
    const region: Json = { startLine: f.location.line };
    if (f.location.column !== undefined && f.location.column >= 1) region['startColumn'] = f.location.column;
    physicalLocation['region'] = region;
  }
  const message = clean(f.message);
  const fix = clean(f.fix);
  const properties: Json = {
    scope: f.location.scope,
    citation: f.citation,
    evidence: clean(f.evidence),
    fix,
    pack: packOf(f),
  };
  if (f.location.part) properties['part'] = f.location.part;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: message, markdown: fix ? `${md(message)}\n\n**Fix:** ${md(fix)}` : md(message) },
    locations: [{ physicalLocation }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([fingerprintKey]) },
    properties,
  };
}

/** Per-file verdicts, so a SARIF consumer also sees what each message was classified as. */
function fileSummary(r: FileResult, uri: string): Json {
  if (r.error) return { uri, error: { code: r.error.code, message: clean(r.error.message) } };
  const verdicts: Json = {};
  for (const [law, v] of Object.entries(r.verdicts ?? {})) verdicts[law] = { class: v.class, decidedBy: v.decidedBy };
  return {
    uri,
    ...(r.kind ? { kind: r.kind } : {}),
    ...(r.language ? { language: r.language } : {}),
    ...(r.category ? { category: r.category } : {}),
    ...(r.stream ? { stream: r.stream } : {}),
    verdicts,
    errors: r.findings.filter((f) => f.severity === 'error').length,
    warnings: r.findings.filter((f) => f.severity === 'warning').length,
    notes: r.findings.filter((f) => f.severity === 'info').length,
  };
}

/**
 * The artifactLocation of a checked file: relative to cwd under %SRCROOT% with forward slashes
 * (percent-encoded as a URI reference), or an absolute file: URI when the file lies outside cwd.
 * `display` is the unencoded relative path, used in fingerprints and the file summary.
 */
function artifactLocation(file: string, cwd: string): { location: Json; display: string } {
  const abs = resolve(cwd, file);
  const rel = relative(resolve(cwd), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    const href = pathToFileURL(abs).href;
    return { location: { uri: href }, display: href };
  }
  const posix = slashPath(rel).split(/\/+/).join('/');
  return { location: { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT }, display: posix };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** sha256 hex, first 32 characters. */
function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 32);
}

function packOf(f: Finding): string {
  return f.pack || f.ruleId.split('/')[0] || f.ruleId;
}

/** "can-spam/missing-unsubscribe" → "CanSpamMissingUnsubscribe". */
function friendlyName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function fillPlaceholders(s: string): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => PLACEHOLDER_WORDS[k] ?? m);
}

function clean(s: string): string {
  return stripControls(s);
}

/**
 * Escapes text for CommonMark, so quoted email content cannot add links, images, HTML or
 * emphasis; line breaks become spaces, and a leading list or heading marker is escaped too.
 */
function md(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_{}[\]()#!|<>~&]/g, '\\$&')
    .replace(/^(\s*)([-+=]|\d+(?=[.)]))/, '$1\\$2');
}

export const sarifFormatter: Formatter = (report, ctx) => formatSarif(report, [...ctx.packs], { cwd: ctx.cwd, toolVersion: ctx.toolVersion });

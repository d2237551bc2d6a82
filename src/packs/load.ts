import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledYaml, yamlParse } from '../data-file.js';
import type { Scope, Severity } from '../types.js';
import { compile, ExpressionError, type Compiled } from './expr.js';

/**
 * Rule packs are YAML under rules/: readable data with an id, description, citation, severity,
 * message and fix per rule, plus the classification tests that decide each law's class.
 * Loading validates everything up front, so a broken pack is one clear error (exit 2), not a
 * surprise halfway through a run.
 */

export const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SCOPES: Scope[] = ['subject', 'preheader', 'from', 'header', 'body', 'cta', 'footer'];

export class PackError extends Error {}

export interface Setting {
  value: number;
  doc: string;
}

/** How sure a verdict is: high when decided on recognised evidence, low when decided for want of it. */
export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];

export interface ClassifyTest {
  id: string;
  when: Compiled;
  class: string;
  citation: string;
  reason: string;
  /** How sure a verdict decided by this test is (default high). */
  confidence: Confidence;
}

export interface RuleExample {
  subject?: string;
  from?: string;
  kind?: 'eml' | 'template';
  file?: string;
  content: string;
}

/** A rule's message (and fix) for one situation, e.g. which part of a requirement is missing. */
export interface RuleCase {
  when: Compiled;
  message: string;
  /** The fix for this case; the rule's own fix when absent. */
  fix?: string;
}

export interface Rule {
  id: string;
  description: string;
  citation: string;
  severity: Severity;
  when: Compiled;
  /** Evidence key whose first item gives the finding's evidence and location. */
  at: string;
  scope: Scope;
  message: string;
  fix: string;
  /** Checked in order when the rule fires: the first that holds gives the finding's message and fix; none, the rule's own. */
  cases: RuleCase[];
  examples: { fail: RuleExample; pass: RuleExample };
}

export interface Pack {
  id: string;
  name: string;
  /** The verdict key this pack decides (can-spam, casl, gdpr, category), if any. */
  decides?: string;
  classes: string[];
  citation: string;
  version: string;
  settings: Record<string, Setting>;
  classify: ClassifyTest[];
  rules: Rule[];
  file: string;
}

export function loadPacks(dir = RULES_DIR): Pack[] {
  let packs: Pack[];
  if (resolve(dir) === resolve(RULES_DIR)) {
    // The bundled packs: compiled to JSON at build time (see scripts/compile-data.mjs).
    packs = [...loadBundledYaml(dir, new URL('../data/packs.json', import.meta.url))].map(([f, data]) => validatePack(data, join(dir, f)));
  } else {
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      throw new PackError(`${dir}: cannot read the rules folder`);
    }
    packs = files.map((f) => loadPackFile(join(dir, f)));
  }
  const ids = new Set<string>();
  for (const p of packs) {
    for (const r of p.rules) {
      if (ids.has(r.id)) throw new PackError(`${p.file}: rule id ${r.id} is defined twice`);
      ids.add(r.id);
    }
  }
  return packs;
}

export function loadPackFile(file: string): Pack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PackError(`${file}: cannot read`);
  }
  let data: unknown;
  try {
    // No aliases: a YAML alias bomb cannot blow up memory.
    data = yamlParse()(text);
  } catch (err) {
    throw new PackError(`${file}: invalid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  return validatePack(data, file);
}

function validatePack(data: unknown, file: string): Pack {
  const fail = (msg: string): never => {
    throw new PackError(`${file}: ${msg}`);
  };
  if (!isObject(data)) return fail('a pack must be a YAML mapping');
  const str = (o: Record<string, unknown>, key: string, where: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || !v.trim()) return fail(`${where}: '${key}' must be a non-empty string`);
    return v.trim();
  };
  const expr = (source: unknown, where: string): Compiled => {
    try {
      return compile(source as string);
    } catch (err) {
      if (err instanceof ExpressionError) return fail(`${where}: ${err.message}`);
      throw err;
    }
  };
  allowKeys(data, ['id', 'name', 'decides', 'classes', 'citation', 'version', 'description', 'settings', 'classify', 'rules'], 'pack', fail);
  const id = str(data, 'id', 'pack');
  const settings: Record<string, Setting> = {};
  if (data.settings !== undefined) {
    if (!isObject(data.settings)) fail('settings must be a mapping');
    for (const [k, v] of Object.entries(data.settings as Record<string, unknown>)) {
      if (!isObject(v) || typeof v.value !== 'number') fail(`settings.${k}: needs a numeric 'value' and a 'doc'`);
      settings[k] = { value: (v as { value: number }).value, doc: String((v as { doc?: unknown }).doc ?? '') };
    }
  }
  const classes = Array.isArray(data.classes) ? data.classes.map(String) : [];
  const classify: ClassifyTest[] = [];
  if (data.classify !== undefined) {
    if (!Array.isArray(data.classify)) fail('classify must be a list');
    for (const [i, t] of (data.classify as unknown[]).entries()) {
      if (!isObject(t)) fail(`classify[${i}] must be a mapping`);
      const tt = t as Record<string, unknown>;
      allowKeys(tt, ['id', 'when', 'class', 'citation', 'reason', 'confidence'], `classify[${i}]`, fail);
      const confidence = (tt.confidence ?? 'high') as Confidence;
      if (!CONFIDENCES.includes(confidence)) fail(`classify[${i}]: confidence must be one of ${CONFIDENCES.join(', ')}`);
      const cls = str(tt, 'class', `classify[${i}]`);
      if (classes.length && !classes.includes(cls)) fail(`classify[${i}]: class '${cls}' is not one of ${classes.join(', ')}`);
      classify.push({ id: str(tt, 'id', `classify[${i}]`), when: expr(tt.when, `classify ${String(tt.id)}`), class: cls, citation: String(tt.citation ?? ''), reason: str(tt, 'reason', `classify[${i}]`), confidence });
    }
    if (classify.length && classify[classify.length - 1]!.when.source.trim() !== 'true') fail('the last classify test must be `when: "true"` so every message gets a class');
  }
  const rules: Rule[] = [];
  if (data.rules !== undefined) {
    if (!Array.isArray(data.rules)) fail('rules must be a list');
    for (const [i, r] of (data.rules as unknown[]).entries()) {
      if (!isObject(r)) fail(`rules[${i}] must be a mapping`);
      const rr = r as Record<string, unknown>;
      const where = `rule ${typeof rr.id === 'string' ? rr.id : `#${i}`}`;
      allowKeys(rr, ['id', 'description', 'citation', 'severity', 'when', 'at', 'scope', 'message', 'fix', 'cases', 'examples'], where, fail);
      const ruleId = str(rr, 'id', where);
      if (!ruleId.startsWith(`${id}/`)) fail(`${where}: rule ids must start with '${id}/'`);
      const severity = str(rr, 'severity', where) as Severity;
      if (!SEVERITIES.includes(severity)) fail(`${where}: severity must be one of ${SEVERITIES.join(', ')}`);
      const scope = str(rr, 'scope', where) as Scope;
      if (!SCOPES.includes(scope)) fail(`${where}: scope must be one of ${SCOPES.join(', ')}`);
      const ex = rr.examples;
      if (!isObject(ex) || !isObject(ex.fail) || !isObject(ex.pass)) fail(`${where}: needs examples.fail and examples.pass`);
      rules.push({
        id: ruleId,
        description: str(rr, 'description', where),
        citation: str(rr, 'citation', where),
        severity,
        when: expr(rr.when, where),
        at: str(rr, 'at', where),
        scope,
        message: str(rr, 'message', where),
        fix: str(rr, 'fix', where),
        cases: ruleCases(rr.cases, where, fail, expr),
        examples: { fail: example((ex as Record<string, unknown>).fail, `${where} examples.fail`, fail), pass: example((ex as Record<string, unknown>).pass, `${where} examples.pass`, fail) },
      });
    }
  }
  return {
    id,
    name: str(data, 'name', 'pack'),
    decides: typeof data.decides === 'string' ? data.decides : undefined,
    classes,
    citation: String(data.citation ?? ''),
    version: String(data.version ?? '0.0.0'),
    settings,
    classify,
    rules,
    file,
  };
}

function ruleCases(v: unknown, where: string, fail: (m: string) => never, expr: (source: unknown, where: string) => Compiled): RuleCase[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(`${where}: cases must be a list`);
  return v.map((c, i) => {
    const at = `${where} cases[${i}]`;
    if (!isObject(c)) return fail(`${at} must be a mapping`);
    allowKeys(c, ['when', 'message', 'fix'], at, fail);
    if (typeof c.message !== 'string' || !c.message.trim()) return fail(`${at}: 'message' must be a non-empty string`);
    if (c.fix !== undefined && (typeof c.fix !== 'string' || !c.fix.trim())) return fail(`${at}: 'fix' must be a non-empty string`);
    return { when: expr(c.when, at), message: c.message.trim(), fix: typeof c.fix === 'string' ? c.fix.trim() : undefined };
  });
}

function example(v: unknown, where: string, fail: (m: string) => never): RuleExample {
  const o = v as Record<string, unknown>;
  if (typeof o.content !== 'string') fail(`${where}: needs 'content' (the message or template text)`);
  return {
    content: o.content as string,
    subject: typeof o.subject === 'string' ? o.subject : undefined,
    from: typeof o.from === 'string' ? o.from : undefined,
    kind: o.kind === 'eml' ? 'eml' : o.kind === 'template' ? 'template' : undefined,
  };
}

function allowKeys(o: Record<string, unknown>, allowed: string[], where: string, fail: (m: string) => never): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}: unknown key '${k}'`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

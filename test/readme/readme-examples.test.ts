import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';
import { consoleExamples, fences, section } from './examples.js';
import { differenceFromPrinted, printedLines } from './shown-output.js';

/**
 * README.md shows what graylint prints; these tests run the shipped CLI on the same inputs, so a
 * change to an output format that does not update the README fails here.
 */

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CLI = join(ROOT, 'dist/bundle/main.js');

function graylint(args: readonly string[], cwd = ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
}

/** A git repository whose branch main holds a shipping notice that has since gained an upsell (fixtures/diff/). */
function shippedTemplateDrifted(): string {
  const repo = mkdtempSync(join(tmpdir(), 'graylint-readme-'));
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  const template = join(repo, 'templates/transactional/shipped.html');
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'templates/transactional'), { recursive: true });
  copyFileSync(join(FIXTURES, 'diff/shipped.html'), template);
  git('add', '.');
  git('commit', '-qm', 'shipping notice');
  copyFileSync(join(FIXTURES, 'diff/shipped-with-upsell.html'), template);
  return repo;
}

/** Where an example's command runs: the repository root, unless it needs a workspace of its own. */
const WORKSPACES: Record<string, () => string> = {
  'diff main templates/': shippedTemplateDrifted,
};

describe('README examples of graylint output', () => {
  const examples = consoleExamples(README);

  it('are found: the terminal report, --branches, --esp and diff', () => {
    expect(examples.map((e) => e.command)).toEqual(expect.arrayContaining([
      'check fixtures/gray-zone/receipt-with-referral-above.en.html',
      'check --branches fixtures/branches/receipt.hbs',
      'check --esp postmark fixtures/esp/postmark-receipt-with-coupon.json',
      'diff main templates/',
    ]));
    for (const e of examples) expect(e.shown.filter((l) => l.trim() !== '…'), `README.md:${e.line} shows no output`).not.toHaveLength(0);
  });

  for (const example of examples) {
    it(`README.md:${example.line}: $ npx graylint ${example.command}`, () => {
      const r = graylint(example.args, WORKSPACES[example.command]?.() ?? ROOT);
      expect(r.stderr).toBe('');
      expect(differenceFromPrinted(example.shown, printedLines(r.stdout)) ?? '').toBe(''); // '' when the example is what was printed
    });
  }

  it('show output only in console blocks, where it is checked', () => {
    // What graylint prints, pasted where no test runs it: a finding, a verdict, a summary line, or
    // comment lines straight after a graylint command in a shell block.
    const looksPrinted = /^\s*#?\s*((error|warning|info)\s+(body|footer|header|subject|preheader|from|cta)\b|(US CAN-SPAM|Canada CASL|EU\/UK ePrivacy)\s{2,}\S|\d+ files? (checked|compared)|branches: \d+ variant)/;
    for (const fence of fences(README).filter((f) => f.lang !== 'console')) {
      fence.body.forEach((line, k) => {
        const where = `README.md:${fence.line + k}: ${line}`;
        expect(looksPrinted.test(line), where).toBe(false);
        if (line.startsWith('#') && k > 0) expect(/npx graylint /.test(fence.body[k - 1]!) && !fence.body[k - 1]!.startsWith('#'), where).toBe(false);
      });
    }
  });
});

describe('README: the JSON output', () => {
  const text = section(README, 'JSON output');
  const block = fences(text).find((f) => f.lang === 'json');
  const documented = JSON.parse(block?.body.join('\n') ?? 'null') as Json;
  // The names the prose after the block adds to it: `language`, `location.part`, …
  const prose = text.split('\n').slice((block?.line ?? 0) + (block?.body.length ?? 0)).join('\n');
  const named = new Set([...prose.matchAll(/`([\w.]+)`/g)].flatMap((m) => [m[1]!, m[1]!.split('.').at(-1)!]));

  /** What graylint prints for a spread of inputs: each kind, a raw message with a route, an unreadable file, --explain and --branches. */
  function printedResults(): Json[] {
    const empty = join(mkdtempSync(join(tmpdir(), 'graylint-readme-')), 'empty.html');
    writeFileSync(empty, '');
    const runs = [
      ['check', '--format', 'json', 'fixtures/gray-zone', 'fixtures/basic', 'fixtures/esp/postmark-outbound-flash-sale.eml', empty],
      ['check', '--format', 'json', '--explain', 'fixtures/gray-zone/receipt-with-referral-above.en.html'],
      ['check', '--format', 'json', '--branches', 'fixtures/branches/receipt.hbs'],
    ];
    return runs.flatMap((args) => {
      const doc = JSON.parse(graylint(args).stdout) as { version: number; results: Json[] };
      expect(doc.version).toBe((documented as { version: number }).version);
      return doc.results;
    });
  }

  it('is one block with the contract, followed by the fields graylint adds', () => {
    expect(block).toBeDefined();
    expect(named.size).toBeGreaterThan(0);
  });

  it('shows every field graylint prints (or names it after the block), and only those, with the values it prints', () => {
    const printed = printedResults();
    const shown = shape((documented as { results: Json[] }).results);
    const got = shape(printed);
    for (const [path, keys] of shown.keys) expect([...keys].filter((k) => !got.keys.get(path)?.has(k)), `README shows keys at ${path} that graylint never printed`).toEqual([]);
    for (const [path, keys] of got.keys) {
      if (!shown.keys.has(path)) continue; // inside an object the README does not open (signals, branches, routing)
      const undocumented = [...keys].filter((k) => !shown.keys.get(path)!.has(k) && !named.has(k));
      expect(undocumented, `graylint prints keys at ${path} that README.md neither shows nor names`).toEqual([]);
    }
    for (const [path, values] of shown.alternatives) {
      const printedValues = [...(got.values.get(path) ?? [])];
      expect(printedValues.length, `graylint printed no value at ${path}`).toBeGreaterThan(0);
      expect(printedValues.filter((v) => !values.has(v)), `values at ${path} that README.md does not list`).toEqual([]);
    }
  });
});

/** Objects whose keys are graylint's vocabulary (signal names, branch details, an ESP route), not the contract's. */
const OPAQUE = new Set(['signals', 'branches', 'routing']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The shape of JSON values: the keys under each path ("results[].verdicts.casl"), the strings
 * printed at each path, and the alternatives a documented "a | b | c" string lists.
 */
function shape(values: Json[]) {
  const keys = new Map<string, Set<string>>();
  const strings = new Map<string, Set<string>>();
  const alternatives = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, path: string, v: string) => m.set(path, (m.get(path) ?? new Set()).add(v));
  const walk = (v: Json, path: string) => {
    if (Array.isArray(v)) for (const x of v) walk(x, `${path}[]`);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        add(keys, path, k);
        if (!OPAQUE.has(k)) walk(x, `${path}.${k}`);
      }
    } else if (typeof v === 'string') {
      add(strings, path, v);
      if (v.includes(' | ')) for (const a of v.split(' | ')) add(alternatives, path, a.trim());
    }
  };
  for (const v of values) walk(v, 'results[]');
  return { keys, values: strings, alternatives };
}

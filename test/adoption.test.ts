import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, ROOT } from './helpers.js';

/** The adoption files (pre-commit hook, GitHub Action) and the README snippets that use them. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function snippet(language: string, marker: string): string {
  const blocks = [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes(marker));
  if (!block) throw new Error(`README has no ${language} block containing ${marker}`);
  return block;
}

describe('pre-commit hook', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
  const pattern = String(hooks[0]!['files']);
  // pre-commit runs re.search(files, path) on each staged path (relative, with forward slashes).
  const files = new RegExp(pattern);
  const EMAIL_PATHS = [
    'a.eml', 'c.mjml', 'archive/inbox.mbox', 'fixtures/deep/receipt.eml',
    'templates/b.html', 'emails/d.liquid', 'notifications/e.hbs', 'app/views/user_mailer/f.html.erb', 'mail/g.ftl',
    'src/OrderConfirmationEmail.hbs', 'Templates/Welcome.HTML.twig', 'theme/email-templates/receipt.txt', 'newsletters/2026-05.mjml',
    'resources/views/notifications/shipped.blade.php', 'language/en-gb/mail/order_add.php',
  ];
  const OTHER_PATHS = [
    'requirements.txt', 'README.txt', 'docs/index.html', 'public/index.html', 'src/app.ts', 'a.png', 'b.ts', 'c.yaml',
    'templates/logo.png', 'templates/config.yaml', 'sections/product.liquid', 'app/views/orders/show.html.erb', 'LICENSE.txt',
  ];

  it('declares a graylint hook that runs graylint check on template files', () => {
    expect(hooks[0]).toMatchObject({ id: 'graylint', entry: 'graylint check', language: 'node' });
    for (const f of ['a.eml', 'templates/b.html', 'c.mjml', 'emails/d.liquid', 'notifications/e.hbs', 'app/views/user_mailer/f.html.erb', 'mail/g.ftl']) expect(files.test(f), f).toBe(true);
    for (const f of ['a.png', 'b.ts', 'c.yaml']) expect(files.test(f), f).toBe(false);
  });

  it('by default matches email and template paths only, not every .txt or .html', () => {
    for (const f of EMAIL_PATHS) expect(files.test(f), f).toBe(true);
    for (const f of OTHER_PATHS) expect(files.test(f), f).toBe(false);
  });

  it('pre-commit (Python re.search) matches the same paths', () => {
    const python = spawnSync('python3', ['-c', 'import json,re,sys; d=json.load(sys.stdin); print(json.dumps([bool(re.search(d["p"], f)) for f in d["f"]]))'], {
      input: JSON.stringify({ p: pattern, f: [...EMAIL_PATHS, ...OTHER_PATHS] }),
      encoding: 'utf8',
    });
    if (python.error) return; // no Python here: the JavaScript test above still runs
    expect(python.status, python.stderr).toBe(0);
    expect(JSON.parse(python.stdout)).toEqual([...EMAIL_PATHS.map(() => true), ...OTHER_PATHS.map(() => false)]);
  });

  it('the README says how to override the default with files: (and its example pattern works)', () => {
    const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('.pre-commit-config.yaml') && b.includes('files:'));
    expect(block, 'a .pre-commit-config.yaml example with files:').toBeDefined();
    const override = parse(block!) as { repos: Array<{ hooks: Array<{ id: string; files?: string }> }> };
    const hook = override.repos[0]!.hooks.find((h) => h.id === 'graylint')!;
    expect(hook.files).toBeTruthy();
    const own = new RegExp(hook.files!);
    expect(own.test('app/views/order_mailer/shipped.html.erb')).toBe(true);
    expect(own.test('app/views/orders/show.html.erb')).toBe(false);
  });
  it('the README example uses it', () => {
    const cfg = parse(snippet('yaml', 'pre-commit')) as { repos: Array<{ hooks: Array<{ id: string }> }> };
    expect(cfg.repos[0]!.hooks[0]!.id).toBe('graylint');
  });
});

describe('GitHub Action', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Array<Record<string, unknown>> }; inputs: Record<string, unknown> };
  const run = action.runs.steps.find((s) => s['id'] === 'graylint')!;

  it('is a composite action that runs graylint, uploads SARIF, then fails on findings', () => {
    expect(action.runs.using).toBe('composite');
    expect(String(run['run'])).toContain('dist/bundle/main.js" check --format github --output-sarif');
    expect(action.runs.steps.some((s) => String(s['uses'] ?? '').startsWith('github/codeql-action/upload-sarif'))).toBe(true);
    // Inputs reach the script through env, not by ${{ }} interpolation inside it.
    expect(String(run['run'])).not.toContain('${{');
  });

  it('its command works on a repository of templates (annotations, SARIF file, exit code)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'graylint-action-'));
    mkdirSync(join(repo, 'templates'));
    cpSync(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'), join(repo, 'templates/receipt.eml'));
    const out = join(repo, 'out.txt');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['-c', String(run['run'])], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: out, GRAYLINT_PATHS: 'templates', GRAYLINT_ARGS: '', GRAYLINT_SARIF: 'graylint.sarif' },
    });
    expect(r.stdout).toMatch(/^::error file=templates\/receipt\.eml/m);
    expect(JSON.parse(readFileSync(join(repo, 'graylint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(out, 'utf8')).toBe('exit-code=1\n');
  });

  it('the README workflow uses it', () => {
    const wf = parse(snippet('yaml', 'uses: graylint/graylint')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> };
    const step = Object.values(wf.jobs)[0]!.steps.find((s) => s.uses?.startsWith('graylint/graylint'))!;
    for (const k of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
  });
});

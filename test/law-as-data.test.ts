import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPacks, loadPackSet, PackError } from '../src/packs/load.js';
import { registryOf } from '../src/packs/registry.js';
import { FIXTURES, ROOT } from './helpers.js';

/**
 * A law is data (issue 16): a fictional law in a folder outside rules/ — two classes, one classify
 * test that can hold, one rule, a coverage map — is loaded with `--packs` and, with no TypeScript
 * change, decides its own verdict everywhere a verdict is shown or used.
 */
const CLI = join(ROOT, 'dist/bundle/main.js');
const LAW_DIR = join(ROOT, 'test/law-pack/atlantis');
const SALE = join(FIXTURES, 'basic/sale.mjml');
const ORDER = join(FIXTURES, 'basic/plain-order.txt');
const BRANCHY = join(FIXTURES, 'branches/receipt.liquid');

function graylint(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json(args: string[]) {
  const r = graylint([...args, '--format', 'json']);
  return JSON.parse(r.out) as { results: Array<{ file: string; stream: string; verdicts: Record<string, { class: string }>; findings: Array<{ ruleId: string }>; branches?: { worst: Record<string, { class: string }> } }> };
}

describe('a law added from a folder, with no TypeScript change', () => {
  it('loads into the registry after the bundled laws, with its names, classes and marketing class', () => {
    const registry = registryOf(loadPackSet([LAW_DIR]));
    expect(registry.laws.map((l) => l.id)).toEqual(['can-spam', 'casl', 'gdpr', 'atlantis', 'australia', 'israel', 'russia', 'turkey']);
    const law = registry.law('atlantis')!;
    expect([law.label, law.short, law.jurisdiction, [...law.classes]]).toEqual(['Atlantis EMA', 'EMA', 'xa', ['notice', 'advertisement']]);
    expect(registry.isMarketing('atlantis', 'advertisement')).toBe(true);
    expect(registry.rank('atlantis', 'advertisement')).toBeGreaterThan(registry.rank('atlantis', 'notice'));
    expect(registry.byJurisdiction('xa')?.id).toBe('atlantis');
  });

  it('is accepted by packs lint (conditions, verdict names, coverage map)', () => {
    const r = graylint(['packs', 'lint', LAW_DIR]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/1 pack OK: 1 rules, 2 classification tests/);
    expect(r.code).toBe(0);
  });

  it('decides its verdict in the JSON report, and its rule fires', () => {
    const [sale, order] = json(['check', '--packs', LAW_DIR, SALE, ORDER]).results;
    expect(sale!.verdicts['atlantis']!.class).toBe('advertisement');
    expect(sale!.findings.map((f) => f.ruleId)).toContain('atlantis/missing-ad-label');
    expect(order!.verdicts['atlantis']!.class).toBe('notice');
    expect(order!.findings.map((f) => f.ruleId)).not.toContain('atlantis/missing-ad-label');
  });

  it('is named in the stylish report, its glossary and --explain', () => {
    const r = graylint(['check', '--packs', LAW_DIR, SALE, '--explain']);
    expect(r.out).toMatch(/^ {2}Atlantis EMA +advertisement +it promotes something/m);
    expect(r.out).toMatch(/^advertisement: a message that promotes anything/m);
    expect(r.out).toMatch(/^ {4}Atlantis EMA +✓ atlantis\/s\.1-promotion → advertisement/m);
  });

  it('appears in SARIF (rule descriptor and per-file verdicts), GitHub annotations and JUnit', () => {
    const sarif = JSON.parse(graylint(['check', '--packs', LAW_DIR, SALE, '--format', 'sarif']).out);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('atlantis/missing-ad-label');
    expect(JSON.stringify(run)).toContain('"atlantis":{"class":"advertisement"');
    const github = graylint(['check', '--packs', LAW_DIR, SALE, '--format', 'github']).out;
    expect(github).toMatch(/::error .*title=atlantis\/missing-ad-label::/);
    expect(github).toMatch(/EMA advertisement/);
    const junit = graylint(['check', '--packs', LAW_DIR, SALE, '--format', 'junit']).out;
    expect(junit).toContain('<property name="atlantis" value="advertisement"/>');
  });

  it('has a column and a verdict row in the HTML report', () => {
    const html = graylint(['check', '--packs', LAW_DIR, SALE, '--format', 'html']).out;
    expect(html).toContain('<th>Atlantis EMA</th>');
    expect(html).toMatch(/<tr data-law="atlantis"><td>Atlantis EMA<\/td>/);
  });

  it('is enumerated by --branches, in the worker pool, and listed by graylint rules', () => {
    const branched = json(['check', '--packs', LAW_DIR, BRANCHY, '--branches']).results[0]!;
    expect(branched.branches?.worst['atlantis']?.class).toMatch(/^(notice|advertisement)$/);
    const pooled = json(['check', '--packs', LAW_DIR, SALE, ORDER, '--workers', '2']).results;
    expect(pooled.map((r) => r.verdicts['atlantis']!.class)).toEqual(['advertisement', 'notice']);
    expect(graylint(['rules', '--packs', LAW_DIR]).out).toMatch(/law {3}Atlantis EMA \(jurisdiction xa\): notice < advertisement; marketing stream: advertisement/);
  });

  it('alone decides the stream when the config selects only its jurisdiction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-law-'));
    copyFileSync(SALE, join(dir, 'sale.mjml'));
    writeFileSync(join(dir, 'graylint.config.yaml'), 'jurisdictions: [xa]\nstreams:\n  transactional: ["*.mjml"]\n');
    const r = graylint(['check', '--packs', LAW_DIR, 'sale.mjml', '--format', 'json'], dir);
    const result = (JSON.parse(r.out) as { results: Array<{ findings: Array<{ ruleId: string; message: string }> }> }).results[0]!;
    const mismatch = result.findings.find((f) => f.ruleId === 'stream/mismatch')!;
    expect(mismatch.message).toBe('Declared transactional, but EMA says advertisement.');
    expect(result.findings.some((f) => f.ruleId.startsWith('casl/'))).toBe(false);
    writeFileSync(join(dir, 'graylint.config.yaml'), 'jurisdictions: [zz]\n');
    const bad = graylint(['check', '--packs', LAW_DIR, 'sale.mjml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown jurisdiction 'zz'.*xa \(atlantis\)/);
  });

  it('shows its class moving in graylint diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-law-diff-'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    writeFileSync(join(dir, 'receipt.txt'), readFileSync(ORDER));
    git('add', '.');
    git('commit', '-q', '-m', 'receipt');
    writeFileSync(join(dir, 'receipt.txt'), `${readFileSync(ORDER, 'utf8')}\nSpring sale: 20% off everything this week with code SPRING20. Shop now.\n`);
    const r = graylint(['diff', 'HEAD', 'receipt.txt', '--packs', LAW_DIR], dir);
    expect(r.out).toMatch(/EMA notice → advertisement/);
  });

  it('refuses a second pack that claims a loaded law or jurisdiction', () => {
    expect(() => loadPackSet([LAW_DIR, LAW_DIR])).toThrow(PackError);
  });
});

describe('a law for some audiences only (law.optIn)', () => {
  const OPT = join(ROOT, 'test/law-pack/optin');
  const verdictsOf = (args: string[], cwd = ROOT) => {
    const r = graylint(['check', '--packs', OPT, SALE, '--format', 'json', ...args], cwd);
    const result = (JSON.parse(r.out) as { results: Array<{ verdicts: Record<string, { class: string }>; findings: Array<{ ruleId: string }> }> }).results[0]!;
    return { laws: Object.keys(result.verdicts), rules: result.findings.map((f) => f.ruleId) };
  };

  it('is neither decided nor reported unless selected', () => {
    const { laws, rules } = verdictsOf([]);
    expect(laws).toEqual(['can-spam', 'casl', 'gdpr']);
    expect(rules).not.toContain('lyonesse/promotion');
  });

  it('is decided when --jurisdictions or the config selects it', () => {
    expect(verdictsOf(['--jurisdictions', 'us,ca,eu,xl']).laws).toEqual(['can-spam', 'casl', 'gdpr', 'lyonesse']);
    expect(verdictsOf(['--jurisdictions', 'us,ca,eu,xl']).rules).toContain('lyonesse/promotion');
    const dir = mkdtempSync(join(tmpdir(), 'graylint-optin-'));
    writeFileSync(join(dir, 'graylint.config.yaml'), 'jurisdictions: [eu, xl]\n');
    const fromConfig = verdictsOf([], dir);
    expect(fromConfig.laws).toContain('lyonesse');
    expect(fromConfig.rules.some((id) => id.startsWith('casl/'))).toBe(false);
  });

  it('is applied by auto where the message shows its audience, and says why', () => {
    const german = join(FIXTURES, 'gray-zone/abandoned-cart.de.eml');
    const auto = (file: string) => {
      const r = graylint(['check', '--packs', OPT, file, '--format', 'json', '--jurisdictions', 'us,ca,eu,auto']);
      return (JSON.parse(r.out) as { results: Array<{ verdicts: Record<string, { class: string; appliedBecause?: string }> }> }).results[0]!.verdicts;
    };
    expect(auto(german)['lyonesse']).toMatchObject({ class: 'promotion', appliedBecause: 'the message is in German' });
    expect(auto(ORDER)['lyonesse']).toBeUndefined();
    expect(verdictsOf(['--jurisdictions', 'us,ca,eu,xl']).laws).toContain('lyonesse');
    const stylish = graylint(['check', '--packs', OPT, german, '--jurisdictions', 'us,ca,eu,auto']).out;
    expect(stylish).toMatch(/^ {2}Lyonesse LMO +promotion +applied because the message is in German: it promotes something/m);
  });

  it('refuses an unknown code on the command line in one line (exit 2)', () => {
    const r = graylint(['check', '--packs', OPT, SALE, '--jurisdictions', 'us,zz']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/--jurisdictions: jurisdictions: unknown jurisdiction 'zz'/);
  });
});

describe('a rule\'s life cycle (status:)', () => {
  const LIFE = join(ROOT, 'test/law-pack/lifecycle');
  const run = (config: string | null) => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-life-'));
    copyFileSync(SALE, join(dir, 'sale.mjml'));
    if (config !== null) writeFileSync(join(dir, 'graylint.config.yaml'), config);
    const r = graylint(['check', '--packs', LIFE, 'sale.mjml', '--format', 'json'], dir);
    const ids = r.out ? (JSON.parse(r.out) as { results: Array<{ findings: Array<{ ruleId: string }> }> }).results[0]!.findings.map((f) => f.ruleId).filter((id) => id.startsWith('lifecycle/')) : [];
    return { ...r, ids };
  };

  it('runs stable and deprecated rules, never a removed one, and a preview one only when a config names it', () => {
    expect(run(null).ids).toEqual(['lifecycle/promotion', 'lifecycle/old-promotion']);
    expect(run('rules:\n  lifecycle/*: warning\n').ids).toEqual(['lifecycle/promotion', 'lifecycle/old-promotion']);
    expect(run('rules:\n  lifecycle/promotion-in-subject: warning\n').ids).toEqual(['lifecycle/promotion', 'lifecycle/old-promotion', 'lifecycle/promotion-in-subject']);
  });

  it('tells a config that names a removed rule what replaced it (exit 2), and one that names a deprecated rule (a notice)', () => {
    const removed = run('rules:\n  lifecycle/older-promotion: off\n');
    expect(removed.code).toBe(2);
    expect(removed.err).toMatch(/rule 'lifecycle\/older-promotion' was removed; use 'lifecycle\/promotion'/);
    const deprecated = run('rules:\n  lifecycle/old-promotion: off\n');
    expect(deprecated.err.trim()).toBe("graylint: graylint.config.yaml: rules: rule 'lifecycle/old-promotion' is deprecated; use 'lifecycle/promotion'");
    expect(deprecated.ids).toEqual(['lifecycle/promotion']);
  });

  it('is shown by graylint rules', () => {
    const out = graylint(['rules', '--packs', LIFE]).out;
    expect(out).toMatch(/lifecycle\/old-promotion +warning +\[deprecated: use lifecycle\/promotion\]/);
    expect(out).toMatch(/lifecycle\/promotion-in-subject +info +\[preview\]/);
  });
});

describe('no TypeScript outside the pack loader names a law or a rule of a pack', () => {
  // The corpus evaluation and its wording probes read labels recorded per law (the corpus's own format), so they may.
  const ALLOWED = new Set(['src/eval/run.ts', 'src/eval/corpus.ts', 'src/eval/measures.ts', 'src/eval/probes.ts']);
  const packs = loadPacks();
  const names = new Set<string>();
  for (const p of packs) {
    if (p.law) names.add(p.decides!);
    for (const r of p.rules) names.add(r.id);
    for (const t of p.classify) names.add(t.id);
  }
  const quoted = [...names].map((n) => new RegExp(`['"\`]${n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"\`/]`));
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.ts') ? [join(d, f)] : []));

  it('finds no law id, rule id or test id as a string in src/ (comments aside)', () => {
    const hits: string[] = [];
    for (const file of walk(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file);
      if (ALLOWED.has(rel)) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
        if (quoted.some((re) => re.test(code))) hits.push(`${rel}:${i + 1}: ${code}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

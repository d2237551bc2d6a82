import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { EXAMPLE, expectConfigError, packs, tempProject } from './helpers.js';

const CONFIG = 'graylint.config.yaml';

/** Loads `text` as graylint.config.yaml from a temp folder and expects a ConfigError. */
function bad(text: string, pattern: RegExp, extra: Record<string, string> = {}, presetsDir?: string) {
  const dir = tempProject({ [CONFIG]: text, ...extra });
  return expectConfigError(() => loadConfig({ cwd: dir, packs, presetsDir }), CONFIG, pattern);
}

describe('config discovery', () => {
  it('finds graylint.config.yaml upward from a nested cwd', () => {
    const dir = tempProject({ [CONFIG]: 'jurisdictions: [ca]\n', 'templates/emails/deep/x.html': '<p>x</p>' });
    const cwd = join(dir, 'templates/emails/deep');
    const config = loadConfig({ cwd, packs });
    expect(config.file).toBe(join(dir, CONFIG));
    expect(config.dir).toBe(dir);
    expect(config.jurisdictions).toEqual(['ca']);
    // Relative paths are taken from cwd and matched relative to the config file's folder.
    expect(config.forFile('x.html').file).toBe('templates/emails/deep/x.html');
    expect(config.forFile(join(dir, 'a/b.html')).file).toBe('a/b.html');
  });

  it('finds graylint.config.yml too, and the nearest file wins', () => {
    const dir = tempProject({ [CONFIG]: 'jurisdictions: [us]\n', 'sub/graylint.config.yml': 'jurisdictions: [eu]\n', 'sub/a/.keep': '' });
    const config = loadConfig({ cwd: join(dir, 'sub/a'), packs });
    expect(config.file).toBe(join(dir, 'sub/graylint.config.yml'));
    expect(config.jurisdictions).toEqual(['eu']);
  });

  it('refuses two config files in one folder', () => {
    const dir = tempProject({ [CONFIG]: '{}\n', 'graylint.config.yml': '{}\n' });
    expectConfigError(() => loadConfig({ cwd: dir, packs }), CONFIG, /both graylint\.config\.yaml and graylint\.config\.yml exist/);
  });

  it('returns the defaults when no config file exists up to the root', () => {
    const dir = tempProject({ 'a/b/.keep': '' });
    const config = loadConfig({ cwd: join(dir, 'a/b'), packs });
    expect(config.file).toBeNull();
    expect(config.dir).toBe(join(dir, 'a/b'));
    expect(config.jurisdictions).toEqual(['us', 'ca', 'eu', 'auto']);
    expect(config.providers).toBe(true);
    expect(config.presets).toEqual([]);
    const fc = config.forFile('x.html');
    expect(fc.ignored).toBe(false);
    expect(fc.stream).toBeUndefined();
    // Every pack is on: an opt-in law's pack runs, and decides only where `auto` finds its audience.
    expect([...fc.enabledPacks].sort()).toEqual(['australia', 'can-spam', 'casl', 'category', 'gdpr', 'israel', 'providers', 'russia', 'turkey']);
    // Defaults change nothing: every rule keeps its pack severity.
    for (const p of packs) for (const r of p.rules) expect(fc.severityOf(r.id, r.severity)).toBe(r.severity);
    // Without auto, an opt-in law's rules run only where it is selected.
    const threeOnly = loadConfig({ cwd: tempProject({ [CONFIG]: 'jurisdictions: [us, ca, eu]\n' }), packs }).forFile('x.html');
    for (const p of packs) for (const r of p.rules) expect(threeOnly.severityOf(r.id, r.severity)).toBe(p.law?.optIn ? 'off' : r.severity);
    const selected = loadConfig({ cwd: tempProject({ [CONFIG]: 'jurisdictions: [us, ca, eu, il, tr, au, ru]\n' }), packs }).forFile('x.html');
    expect([...selected.enabledPacks].sort()).toEqual(['australia', 'can-spam', 'casl', 'category', 'gdpr', 'israel', 'providers', 'russia', 'turkey']);
    for (const p of packs) for (const r of p.rules) expect(selected.severityOf(r.id, r.severity)).toBe(r.severity);
    expect(fc.settingsFor('can-spam')).toEqual({ beginningOfBody: 0.25, beginningOfBodyMinChars: 200 });
  });

  it('loads an explicit configFile (relative to cwd) without discovery', () => {
    const dir = tempProject({ [CONFIG]: 'jurisdictions: [us]\n', 'conf/other.yaml': 'jurisdictions: [ca]\nignores: ["x/**"]\n' });
    const config = loadConfig({ cwd: dir, configFile: 'conf/other.yaml', packs });
    expect(config.file).toBe(join(dir, 'conf/other.yaml'));
    expect(config.jurisdictions).toEqual(['ca']);
    // Globs are relative to the config file's folder.
    expect(config.forFile('conf/x/a.html').ignored).toBe(true);
    expect(config.forFile('x/a.html').ignored).toBe(false);
  });

  it('reports a missing configFile', () => {
    const dir = tempProject();
    expectConfigError(() => loadConfig({ cwd: dir, configFile: 'nope.yaml', packs }), 'nope.yaml', /no such config file/);
  });

  it('accepts the README example and an empty file', () => {
    const dir = tempProject({ [CONFIG]: EXAMPLE, 'empty/graylint.config.yaml': '# nothing yet\n' });
    expect(loadConfig({ cwd: dir, packs }).presets).toEqual(['recommended']);
    // The default: the three laws that are not opt-in, plus auto (a local law where the message shows its audience).
    expect(loadConfig({ cwd: join(dir, 'empty'), packs }).jurisdictions).toEqual(['us', 'ca', 'eu', 'auto']);
  });
});

describe('config errors: one line, starting with the file', () => {
  it('unknown top-level key, with a suggestion', () => {
    const err = bad('jurisdiction: [us]\n', /unknown key 'jurisdiction' \(did you mean 'jurisdictions'\?\)/);
    expect(err.message).toBe("graylint.config.yaml: unknown key 'jurisdiction' (did you mean 'jurisdictions'?)");
  });

  it('unknown key inside an override and inside streams', () => {
    bad('overrides:\n  - files: ["a/**"]\n    rule: {}\n', /^graylint\.config\.yaml: overrides\[0\]: unknown key 'rule' \(did you mean 'rules'\?\)$/);
    bad('streams:\n  transactionl: ["a/**"]\n', /streams: unknown stream 'transactionl' \(did you mean 'transactional'\?\)/);
  });

  it('unknown rule id', () => {
    bad('rules:\n  casl/exempt-missing-unsubscrib: off\n', /rules: unknown rule 'casl\/exempt-missing-unsubscrib' \(did you mean 'casl\/exempt-missing-unsubscribe'\?\)/);
    bad('rules:\n  made-up-rule: off\n', /unknown rule 'made-up-rule'$/);
    bad('overrides:\n  - files: ["a/**"]\n    rules: { providers/no-reply: off }\n', /overrides\[0\]\.rules: unknown rule 'providers\/no-reply' \(did you mean 'providers\/no-reply-sender'\?\)/);
  });

  it('misspelled pack in a wildcard, a rule id or a setting', () => {
    bad('rules:\n  cassl/*: off\n', /unknown pack 'cassl' in 'cassl\/\*' \(did you mean 'casl'\?\)/);
    bad('rules:\n  can-spm/missing-ad-label: off\n', /unknown pack 'can-spm' in rule 'can-spm\/missing-ad-label' \(did you mean 'can-spam'\?\)/);
    bad('settings:\n  canspam.beginningOfBody: 0.3\n', /settings: unknown pack 'canspam' in 'canspam\.beginningOfBody' \(did you mean 'can-spam'\?\)/);
    bad('settings:\n  can-spam.beginingOfBody: 0.3\n', /unknown setting 'can-spam\.beginingOfBody' \(did you mean 'can-spam\.beginningOfBody'\?\)/);
    bad('rules:\n  casl/missing-*: off\n', /only whole-pack wildcards/);
  });

  it('misspelled or unknown jurisdiction', () => {
    bad('jurisdictions: [us, ca, EU]\n', /^graylint\.config\.yaml: jurisdictions: unknown jurisdiction 'EU' \(did you mean 'eu'\?\); use us \(can-spam\), ca \(casl\), eu \(gdpr\), au \(australia\), il \(israel\), ru \(russia\), tr \(turkey\), auto \(laws by audience\)$/);
    bad('jurisdictions: [uss]\n', /unknown jurisdiction 'uss' \(did you mean 'us'\?\)/);
    bad('jurisdictions: [casl]\n', /unknown jurisdiction 'casl' \(use 'ca' for the casl pack\)/);
    bad('jurisdictions: us\n', /'jurisdictions' must be a list of us, ca, eu, au, il, ru, tr, auto, got 'us'/);
  });

  it('bad severity and wrong types', () => {
    bad('rules:\n  casl/*: warn\n', /rules\.casl\/\*: must be one of off, info, warning, error, got 'warn' \(did you mean 'warning'\?\)/);
    bad('rules:\n  casl/*: false\n', /got false \(write 'off'\)/);
    bad('rules: [casl/*]\n', /'rules' must be a mapping/);
    bad('providers: "no"\n', /'providers' must be true or false, got 'no'/);
    bad('settings:\n  can-spam.beginningOfBody: "30%"\n', /settings\.can-spam\.beginningOfBody: must be a number, got '30%'/);
    bad('ignores: "vendor/**"\n', /ignores: must be a list of globs/);
    bad('ignores: ["", "a"]\n', /ignores\[0\]: must be a non-empty glob string/);
    bad('overrides:\n  - rules: {}\n', /overrides\[0\]: needs 'files'/);
    bad('overrides:\n  - files: []\n', /overrides\[0\]\.files: must list at least one glob/);
    bad('overrides: {files: ["a"]}\n', /'overrides' must be a list/);
    bad('- a\n- b\n', /a config file must be a YAML mapping, got a list/);
    bad('severities:\n  warn: error\n', /severities: unknown severity 'warn' \(did you mean 'warning'\?\)/);
  });

  it('unknown preset', () => {
    bad('extends: recomended\n', /unknown preset 'recomended' \(did you mean 'recommended'\?\); presets are recommended, strict/);
    bad('extends: [strict, 3]\n', /extends: must name presets, got 3/);
  });

  it('bad YAML, with the position', () => {
    bad('rules:\n  casl/*: [off\nproviders: true\n', /^graylint\.config\.yaml: invalid YAML: .* \(line \d+, column \d+\)$/);
    bad('providers: true\nproviders: false\n', /invalid YAML: Map keys must be unique \(line 2, column 1\)/);
  });

  it('alias bomb: any alias is refused, without expanding anything', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const start = Date.now();
    bad(`${lines.join('\n')}\nproviders: true\n`, /invalid YAML: aliases \(\*name\) are not allowed in config files/);
    expect(Date.now() - start).toBeLessThan(2000);
    bad('x: &x 1\nproviders: *x\n', /aliases \(\*name\) are not allowed/);
  });

  it('extends cycle between presets', () => {
    const presets = tempProject({ 'a.yaml': 'extends: b\n', 'b.yaml': 'extends: a\n' });
    bad('extends: a\n', /^graylint\.config\.yaml: extends cycle: graylint\.config\.yaml → a → b → a$/, {}, presets);
    const self = tempProject({ 'me.yaml': 'extends: me\n' });
    bad('extends: me\n', /extends cycle: graylint\.config\.yaml → me → me/, {}, self);
  });

  it('extends nested more than 5 levels deep', () => {
    const presets = tempProject({ 'p1.yaml': 'extends: p2\n', 'p2.yaml': 'extends: p3\n', 'p3.yaml': 'extends: p4\n', 'p4.yaml': 'extends: p5\n', 'p5.yaml': 'extends: p6\n', 'p6.yaml': '{}\n' });
    bad('extends: p1\n', /extends is nested more than 5 levels deep: graylint\.config\.yaml → p1 → p2 → p3 → p4 → p5 → p6/, {}, presets);
    // Five levels are fine.
    const dir = tempProject({ [CONFIG]: 'extends: p2\n' });
    expect(loadConfig({ cwd: dir, packs, presetsDir: presets }).presets).toEqual(['p6', 'p5', 'p4', 'p3', 'p2']);
  });

  it('an error inside a preset names the preset file', () => {
    const presets = tempProject({ 'broken.yaml': 'rules:\n  nope/rule: off\n' });
    const dir = tempProject({ [CONFIG]: 'extends: broken\n' });
    expectConfigError(() => loadConfig({ cwd: dir, packs, presetsDir: presets }), join(presets, 'broken.yaml'), /rules: unknown rule 'nope\/rule'/);
  });

  it('a file in both streams names the file and both globs', () => {
    const dir = tempProject({ [CONFIG]: 'streams:\n  transactional: ["templates/**"]\n  marketing: ["templates/campaigns/**", "x/**"]\n' });
    const config = loadConfig({ cwd: dir, packs });
    expect(config.forFile('templates/receipt.html').stream).toBe('transactional');
    const err = expectConfigError(() => config.forFile('templates/campaigns/spring.html'), CONFIG, /templates\/campaigns\/spring\.html is in both streams/);
    expect(err.message).toBe(
      "graylint.config.yaml: templates/campaigns/spring.html is in both streams: it matches streams.transactional 'templates/**' and streams.marketing 'templates/campaigns/**'",
    );
    expectConfigError(() => config.print('templates/campaigns/spring.html'), CONFIG, /in both streams/);
  });

  it('ConfigError messages stay one line even for multi-line YAML errors', () => {
    const dir = tempProject();
    writeFileSync(join(dir, CONFIG), 'a:\n  - b\n c: d\n');
    expectConfigError(() => loadConfig({ cwd: dir, packs }), CONFIG, /invalid YAML/);
  });
});

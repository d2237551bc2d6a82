import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig, packsFor } from '../../src/config/index.js';
import { EXAMPLE, packs, tempProject } from './helpers.js';

const CONFIG = 'graylint.config.yaml';
const load = (text: string) => loadConfig({ cwd: tempProject({ [CONFIG]: text }), packs });
const packSeverity = (id: string) => packs.flatMap((p) => p.rules).find((r) => r.id === id)!.severity;
const level = (text: string, file: string, ruleId: string) => load(text).forFile(file).severityOf(ruleId, packSeverity(ruleId));
/** Every law's jurisdiction code, opt-in laws included, so that every pack's rules run. */
const ALL_LAWS = `jurisdictions: [${packs.filter((p) => p.law).map((p) => p.law!.jurisdiction).join(', ')}]\n`;

describe('presets', () => {
  it('recommended keeps pack severities and turns can-spam/missing-ad-label off', () => {
    const fc = load(`extends: recommended\n${ALL_LAWS}`).forFile('a.html');
    for (const p of packs) {
      for (const r of p.rules) expect(fc.severityOf(r.id, r.severity)).toBe(r.id === 'can-spam/missing-ad-label' ? 'off' : r.severity);
    }
  });

  it('strict raises every warning to an error (and extends recommended)', () => {
    const config = load(`extends: strict\n${ALL_LAWS}`);
    expect(config.presets).toEqual(['recommended', 'strict']);
    const fc = config.forFile('a.html');
    for (const p of packs) {
      for (const r of p.rules) {
        const want = r.id === 'can-spam/missing-ad-label' ? 'off' : r.severity === 'warning' ? 'error' : r.severity;
        expect(fc.severityOf(r.id, r.severity)).toBe(want);
      }
    }
  });

  it('the config file wins over its preset; explicit rules win over the severity remap', () => {
    const fc = load('extends: strict\nrules:\n  can-spam/missing-ad-label: info\n  casl/promo-in-transactional: warning\n').forFile('a.html');
    expect(fc.severityOf('can-spam/missing-ad-label', 'info')).toBe('info');
    expect(fc.severityOf('casl/promo-in-transactional', 'warning')).toBe('warning');
    expect(fc.severityOf('gdpr/promo-in-service-message', 'warning')).toBe('error');
  });

  it('a list of presets applies in order', () => {
    expect(load('extends: [strict, recommended]\n').presets).toEqual(['recommended', 'strict']);
  });
});

describe('severityOf', () => {
  it('applies pack wildcards, and an exact id beats a wildcard in the same file', () => {
    const text = 'rules:\n  casl/missing-unsubscribe: error\n  casl/*: info\n  providers/*: off\n';
    expect(level(text, 'a.html', 'casl/promo-in-transactional')).toBe('info');
    expect(level(text, 'a.html', 'casl/exempt-missing-sender-identification')).toBe('info');
    expect(level(text, 'a.html', 'casl/missing-unsubscribe')).toBe('error');
    expect(level(text, 'a.html', 'providers/no-reply-sender')).toBe('off');
    expect(level(text, 'a.html', 'gdpr/missing-opt-out')).toBe('error');
  });

  it('configures stream/mismatch like any rule', () => {
    const fc = load('rules:\n  stream/*: warning\n').forFile('a.html');
    expect(fc.severityOf('stream/mismatch', 'error')).toBe('warning');
    expect(load('rules:\n  stream/mismatch: off\n').forFile('a.html').severityOf('stream/mismatch', 'info')).toBe('off');
  });

  it("is 'off' for every rule of a pack turned off by jurisdictions or providers", () => {
    const fc = load('jurisdictions: [ca]\nproviders: false\nrules:\n  gdpr/*: error\n').forFile('a.html');
    expect([...fc.enabledPacks].sort()).toEqual(['casl', 'category']);
    expect(fc.severityOf('gdpr/missing-opt-out', 'error')).toBe('off');
    expect(fc.severityOf('can-spam/missing-unsubscribe', 'error')).toBe('off');
    expect(fc.severityOf('providers/no-reply-sender', 'info')).toBe('off');
    expect(fc.severityOf('casl/missing-unsubscribe', 'error')).toBe('error');
    expect(fc.severityOf('stream/mismatch', 'error')).toBe('error');
  });

  it('a severities remap can hide a whole level', () => {
    const fc = load('severities: { info: off }\n').forFile('a.html');
    expect(fc.severityOf('providers/no-reply-sender', 'info')).toBe('off');
    expect(fc.severityOf('providers/promo-in-receipt', 'warning')).toBe('warning');
  });
});

describe('overrides', () => {
  const text = `rules:
  providers/no-reply-sender: warning
overrides:
  - files: ["templates/legacy/**"]
    rules: { providers/no-reply-sender: off, casl/*: off }
  - files: ["templates/legacy/keep/**"]
    rules: { providers/no-reply-sender: error }
  - files: ["**/*.txt"]
    jurisdictions: [us]
    settings: { can-spam.beginningOfBody: 0.5 }
`;
  const config = load(text);

  it('apply only to matching files, later entries win', () => {
    expect(config.forFile('templates/a.html').severityOf('providers/no-reply-sender', 'info')).toBe('warning');
    expect(config.forFile('templates/legacy/a.html').severityOf('providers/no-reply-sender', 'info')).toBe('off');
    expect(config.forFile('templates/legacy/keep/a.html').severityOf('providers/no-reply-sender', 'info')).toBe('error');
    // A later override's exact id does not revive an earlier override's wildcard for other rules.
    expect(config.forFile('templates/legacy/keep/a.html').severityOf('casl/missing-unsubscribe', 'error')).toBe('off');
    expect(config.forFile('templates/a.html').severityOf('casl/missing-unsubscribe', 'error')).toBe('error');
  });

  it('a later wildcard beats an earlier exact id', () => {
    const c = load('rules:\n  casl/missing-unsubscribe: error\noverrides:\n  - files: ["a/**"]\n    rules: { casl/*: off }\n');
    expect(c.forFile('a/x.html').severityOf('casl/missing-unsubscribe', 'error')).toBe('off');
  });

  it('can set jurisdictions and settings per file', () => {
    const txt = config.forFile('templates/legacy/a.txt');
    expect([...txt.enabledPacks].sort()).toEqual(['can-spam', 'category', 'providers']);
    expect(txt.jurisdictions).toEqual(['us']);
    expect(txt.settingsFor('can-spam')).toEqual({ beginningOfBody: 0.5, beginningOfBodyMinChars: 200 });
    expect(config.forFile('templates/a.html').settingsFor('can-spam').beginningOfBody).toBe(0.25);
  });

  it('packsFor keeps enabled packs and applies settings without touching the loaded packs', () => {
    const txt = config.forFile('x.txt');
    const run = packsFor(packs, txt);
    expect(run.map((p) => p.id).sort()).toEqual(['can-spam', 'category', 'providers']);
    expect(run.find((p) => p.id === 'can-spam')!.settings['beginningOfBody']!.value).toBe(0.5);
    expect(packs.find((p) => p.id === 'can-spam')!.settings['beginningOfBody']!.value).toBe(0.25);
    // Every pack: by default (auto) an opt-in law may apply to any message that shows its audience.
    expect(packsFor(packs, config.forFile('x.html')).map((p) => p.id)).toEqual(packs.map((p) => p.id));
  });
});

describe('ignores, streams and settings from the README example', () => {
  const dir = tempProject({ [CONFIG]: EXAMPLE });
  const config = loadConfig({ cwd: dir, packs });

  it('ignores files by glob (relative to the config folder, dotfiles included)', () => {
    expect(config.forFile('templates/partials/header.html').ignored).toBe(true);
    expect(config.forFile('partials/footer.html').ignored).toBe(true);
    expect(config.forFile('vendor/x/.hidden/a.html').ignored).toBe(true);
    expect(config.forFile('templates/vendor/a.html').ignored).toBe(false);
    expect(config.forFile(join(dir, 'vendor/a.html')).ignored).toBe(true);
    // Outside the config folder nothing matches.
    expect(config.forFile(join(dir, '../vendor/a.html')).ignored).toBe(false);
  });

  it('a folder glob also covers what is below it', () => {
    const c = load('ignores: ["vendor", "build/"]\n');
    expect(c.forFile('vendor/a/b.html').ignored).toBe(true);
    expect(c.forFile('build/x.html').ignored).toBe(true);
    expect(c.forFile('vendors/x.html').ignored).toBe(false);
  });

  it('declares streams', () => {
    expect(config.forFile('templates/transactional/receipt.html').stream).toBe('transactional');
    expect(config.forFile('./templates/campaigns/spring.mjml').stream).toBe('marketing');
    expect(config.forFile('templates/other.html').stream).toBeUndefined();
  });

  it('overrides pack settings', () => {
    expect(config.forFile('a.html').settingsFor('can-spam')).toEqual({ beginningOfBody: 0.3, beginningOfBodyMinChars: 200 });
    expect(config.forFile('a.html').settingsFor('category')).toEqual({ lateCoreShare: 0.5 });
  });

  it('prints the resolved config for one file as YAML', () => {
    const out = config.print('templates/legacy/receipt.html');
    const doc = parse(out) as Record<string, unknown>;
    expect(doc['file']).toBe('templates/legacy/receipt.html');
    expect(doc['config']).toBe(CONFIG);
    expect(doc['extends']).toEqual(['recommended']);
    expect(doc['ignored']).toBe(false);
    expect(doc['stream']).toBeNull();
    expect(doc['jurisdictions']).toEqual(['us', 'ca', 'eu']);
    expect(doc['packs']).toEqual(packs.filter((p) => !p.law?.optIn).map((p) => p.id));
    const rules = doc['rules'] as Record<string, string>;
    expect(rules['providers/no-reply-sender']).toBe('off');
    expect(rules['casl/exempt-missing-unsubscribe']).toBe('off');
    expect(rules['can-spam/missing-ad-label']).toBe('off');
    expect(rules['casl/missing-unsubscribe']).toBe('error');
    expect(rules['stream/mismatch']).toBe('error');
    // Every rule is listed; an opt-in law's are off where the config does not select it.
    expect(Object.keys(rules)).toHaveLength(packs.flatMap((p) => p.rules).length + 1);
    expect(rules['israel/missing-refusal-notice']).toBe('off');
    expect((doc['settings'] as Record<string, number>)['can-spam.beginningOfBody']).toBe(0.3);
    expect(parse(config.print('templates/transactional/a.html')).stream).toBe('transactional');
    expect(parse(config.print('templates/partials/a.html')).ignored).toBe(true);
    expect(parse(config.print('templates/other.html')).rules['providers/no-reply-sender']).toBe('info');
  });
});

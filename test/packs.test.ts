import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadPackFile, loadPacks, PackError } from '../src/packs/load.js';
import { renderRuleDocs, rulePagePath } from '../src/packs/docs.js';
import { ROOT, walk } from './helpers.js';

describe('rule packs', () => {
  const packs = loadPacks();

  it('load the four legal packs, the category pack and the providers pack', () => {
    expect(packs.map((p) => p.id).sort()).toEqual(['can-spam', 'casl', 'category', 'gdpr', 'providers']);
    // Each law's classes, from the least to the most restrictive, and the ones that mean marketing.
    expect(packs.find((p) => p.id === 'can-spam')!.classes).toEqual(['transactional', 'commercial']);
    expect(packs.find((p) => p.id === 'casl')!.classes).toEqual(['not-cem', 'cem-exempt', 'cem']);
    expect(packs.find((p) => p.id === 'gdpr')!.classes).toEqual(['service', 'direct-marketing']);
    expect(packs.filter((p) => p.law).map((p) => [p.id, p.law!.jurisdiction, p.law!.short, p.law!.marketing])).toEqual([
      ['can-spam', 'us', 'CAN-SPAM', ['commercial']],
      ['casl', 'ca', 'CASL', ['cem']],
      ['gdpr', 'eu', 'EU/UK ePrivacy', ['direct-marketing']],
    ]);
  });

  it('give every rule a description, citation, severity, message, fix and both examples', () => {
    const rules = packs.flatMap((p) => p.rules);
    expect(rules.length).toBeGreaterThanOrEqual(15);
    for (const r of rules) {
      expect(r.citation, r.id).not.toBe('');
      expect(`${r.examples.fail.subject}\n${r.examples.fail.content}`, r.id).not.toBe(`${r.examples.pass.subject}\n${r.examples.pass.content}`);
    }
  });

  it('docs/rules/ is generated from the packs and up to date (npm run docs)', () => {
    const pages = renderRuleDocs(packs);
    for (const [path, text] of pages) expect(readFileSync(join(ROOT, 'docs/rules', path), 'utf8'), path).toBe(text);
    const committed = walk(join(ROOT, 'docs/rules')).sort();
    expect(committed).toEqual([...pages.keys()].sort());
    for (const r of packs.flatMap((p) => p.rules)) expect(pages.has(rulePagePath(r.id)), r.id).toBe(true);
  });

  describe('reject a broken pack with one message naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-pack-'));
    const write = (name: string, text: string) => {
      const f = join(dir, name);
      writeFileSync(f, text);
      return f;
    };
    const cases: Array<[string, string, RegExp]> = [
      ['bad-yaml.yaml', 'id: x\nname: [unclosed', /invalid YAML/],
      ['unknown-key.yaml', 'id: x\nname: X\nrulez: []\n', /unknown key 'rulez'/],
      ['bad-expr.yaml', 'id: x\nname: X\ndecides: x\nclassify:\n  - {id: a, when: "promo.any &&", class: c, reason: r}\n  - {id: b, when: "true", class: d, reason: r}\n', /classify a: expected/],
      ['no-default.yaml', 'id: x\nname: X\ndecides: x\nclassify:\n  - {id: a, when: "promo.any", class: c, reason: r}\n', /last classify test must be/],
      ['bad-severity.yaml', 'id: x\nname: X\nrules:\n  - {id: x/r, description: d, citation: c, severity: fatal, when: "true", at: footer, scope: footer, message: m, fix: f, examples: {fail: {content: a}, pass: {content: b}}}\n', /severity must be one of/],
      ['bad-prefix.yaml', 'id: x\nname: X\nrules:\n  - {id: y/r, description: d, citation: c, severity: error, when: "true", at: footer, scope: footer, message: m, fix: f, examples: {fail: {content: a}, pass: {content: b}}}\n', /must start with 'x\/'/],
      ['no-examples.yaml', 'id: x\nname: X\nrules:\n  - {id: x/r, description: d, citation: c, severity: error, when: "true", at: footer, scope: footer, message: m, fix: f}\n', /needs examples/],
      ['alias-bomb.yaml', 'id: x\nname: X\na: &a [1,2]\nb: [*a, *a]\n', /invalid YAML|unknown key/],
    ];
    for (const [name, text, message] of cases) {
      it(name, () => {
        const file = write(name, text);
        expect(() => loadPackFile(file)).toThrow(PackError);
        expect(() => loadPackFile(file)).toThrow(message);
        expect(() => loadPackFile(file)).toThrow(file);
      });
    }
  });
});

describe('coverage maps', () => {
  const packs = loadPacks();
  for (const pack of packs.filter((p) => p.id !== 'category')) {
    it(`${pack.id}: every requirement names existing rules/tests or says why it is manual, and every rule is mapped`, () => {
      const map = parseYaml(readFileSync(join(ROOT, 'rules/coverage', `${pack.id}.yaml`), 'utf8')) as {
        pack: string;
        requirements: Array<{ requirement: string; citation: string; rules?: string[]; tests?: string[]; manual?: string }>;
      };
      expect(map.pack).toBe(pack.id);
      const ruleIds = new Set(pack.rules.map((r) => r.id));
      const testIds = new Set(pack.classify.map((t) => t.id));
      const mapped = new Set<string>();
      for (const req of map.requirements) {
        expect(req.citation, req.requirement).toBeTruthy();
        expect((req.rules?.length ?? 0) + (req.tests?.length ?? 0) > 0 || !!req.manual, req.requirement).toBe(true);
        for (const r of req.rules ?? []) expect(ruleIds.has(r), r).toBe(true);
        for (const t of req.tests ?? []) expect(testIds.has(t), t).toBe(true);
        (req.rules ?? []).forEach((r) => mapped.add(r));
      }
      for (const r of ruleIds) expect(mapped.has(r), `${r} is not in the coverage map`).toBe(true);
    });
  }
});

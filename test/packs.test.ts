import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackFile, loadPacks, PackError } from '../src/packs/load.js';
import { renderRuleDocs, rulePagePath } from '../src/packs/docs.js';
import { coverageProblems, lintPacks } from '../src/packs/lint.js';
import { SIGNAL_ENTRIES } from '../src/signals/vocabulary.js';
import { decide } from '../src/verdicts/index.js';
import type { Signals } from '../src/types.js';
import { ROOT, walk } from './helpers.js';

describe('rule packs', () => {
  const packs = loadPacks();

  it('load the legal packs, the category pack and the providers pack', () => {
    expect(packs.map((p) => p.id).sort()).toEqual(['australia', 'can-spam', 'casl', 'category', 'gdpr', 'israel', 'providers', 'russia', 'turkey']);
    // Each law's classes, from the least to the most restrictive, and the ones that mean marketing.
    expect(packs.find((p) => p.id === 'can-spam')!.classes).toEqual(['transactional', 'commercial']);
    expect(packs.find((p) => p.id === 'casl')!.classes).toEqual(['not-cem', 'cem-exempt', 'cem']);
    expect(packs.find((p) => p.id === 'gdpr')!.classes).toEqual(['service', 'direct-marketing']);
    expect(packs.find((p) => p.id === 'russia')!.classes).toEqual(['personal', 'advertising']);
    expect(packs.find((p) => p.id === 'australia')!.classes).toEqual(['not-commercial', 'designated', 'commercial']);
    expect(packs.filter((p) => p.law).map((p) => [p.id, p.law!.jurisdiction, p.law!.short, p.law!.marketing, p.law!.optIn])).toEqual([
      ['australia', 'au', 'Spam Act', ['commercial'], true],
      ['can-spam', 'us', 'CAN-SPAM', ['commercial'], false],
      ['casl', 'ca', 'CASL', ['cem'], false],
      ['gdpr', 'eu', 'EU/UK ePrivacy', ['direct-marketing'], false],
      ['israel', 'il', 's.30A', ['nonprofit-ad', 'advertisement'], true],
      ['russia', 'ru', '38-FZ', ['advertising'], true],
      ['turkey', 'tr', 'Law 6563', ['ticari'], true],
    ]);
    // The laws for some audiences only are decided where jurisdictions: selects them.
    expect(packs.filter((p) => p.law?.optIn).map((p) => p.id)).toEqual(['australia', 'israel', 'russia', 'turkey']);
    expect(packs.find((p) => p.id === 'turkey')!.classes).toEqual(['ticari-olmayan', 'bilgilendirme', 'ticari']);
    expect(packs.find((p) => p.id === 'israel')!.classes).toEqual(['service', 'nonprofit-ad', 'advertisement']);
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
      ['bad-case-key.yaml', 'id: x\nname: X\nrules:\n  - {id: x/r, description: d, citation: c, severity: error, when: "true", at: footer, scope: footer, message: m, fix: f, cases: [{when: "promo.any", mesage: n}], examples: {fail: {content: a}, pass: {content: b}}}\n', /x\/r cases\[0\]: unknown key 'mesage'/],
      ['bad-case-when.yaml', 'id: x\nname: X\nrules:\n  - {id: x/r, description: d, citation: c, severity: error, when: "true", at: footer, scope: footer, message: m, fix: f, cases: [{when: "promo.any &&", message: n}], examples: {fail: {content: a}, pass: {content: b}}}\n', /x\/r cases\[0\]: expected/],
      ['doubt-prefix.yaml', 'id: x\nname: X\ndecides: x\nclassify:\n  - {id: b, when: "true", class: d, reason: r}\ndoubts:\n  - {id: y/d, when: "promo.any", reason: r}\n', /doubt ids must start with 'x\/'/],
      ['doubt-key.yaml', 'id: x\nname: X\ndecides: x\nclassify:\n  - {id: b, when: "true", class: d, reason: r}\ndoubts:\n  - {id: x/d, when: "promo.any", reason: r, class: c}\n', /doubts\[0\]: unknown key 'class'/],
      ['doubt-undecided.yaml', 'id: x\nname: X\ndoubts:\n  - {id: x/d, when: "promo.any", reason: r}\n', /doubts need 'decides'/],
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

describe('rule cases: the message names which part of a requirement is missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-cases-'));
  const pack = (cases: string) => {
    const file = join(dir, `x-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `id: x\nname: X\nrules:\n  - id: x/r\n    description: d\n    citation: c\n    severity: error\n    when: "!address.present || !contact.present"\n    at: footer\n    scope: footer\n    message: "both missing"\n    fix: "add both"\n${cases}    examples: {fail: {content: a}, pass: {content: b}}\n`);
    return loadPackFile(file);
  };
  const signals = (values: Record<string, boolean>): Signals => ({ values, evidence: {} });
  const CASES = '    cases:\n      - when: "address.present"\n        message: "no contact"\n        fix: "add a contact"\n      - when: "contact.present"\n        message: "no address"\n';

  it('the first case that holds gives the message and its fix; a case without fix keeps the rule\'s', () => {
    const p = pack(CASES);
    const finding = (values: Record<string, boolean>) => decide([p], signals(values)).findings[0]!;
    expect([finding({ 'address.present': true, 'contact.present': false }).message, finding({ 'address.present': true, 'contact.present': false }).fix]).toEqual(['no contact', 'add a contact']);
    expect([finding({ 'address.present': false, 'contact.present': true }).message, finding({ 'address.present': false, 'contact.present': true }).fix]).toEqual(['no address', 'add both']);
    expect(finding({ 'address.present': false, 'contact.present': false }).message).toBe('both missing');
  });

  it('packs lint names an unknown signal in a case', async () => {
    const problems = await lintPacks([pack('    cases:\n      - when: "contact.anything"\n        message: "n"\n')]);
    expect(problems.join('\n')).toMatch(/x\/r cases\[0\]: unknown signal "contact\.anything"/);
    expect(await lintPacks([pack(CASES)])).toEqual([]);
  });

  it('docs list the cases in order, then the message when none holds', () => {
    const page = renderRuleDocs([pack(CASES)]).get(rulePagePath('x/r'))!;
    expect(page).toMatch(/`address\.present` \| no contact \| add a contact \|[\s\S]*`contact\.present` \| no address \| \(the rule's fix\) \|[\s\S]*\| otherwise \| both missing \|/);
  });
});

describe('doubts: a verdict on recognised evidence, where careful readers split, is of medium confidence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-doubts-'));
  const write = (text: string) => {
    const file = join(dir, `x-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return loadPackFile(file);
  };
  const category = write('id: category\nname: C\ndecides: category\nclasses: [transactional, marketing]\nclassify:\n  - {id: category/thin, when: "evidence.thin", class: marketing, reason: r, confidence: low}\n  - {id: category/any, when: "true", class: transactional, reason: r}\ndoubts:\n  - {id: category/welcome, when: "core.welcome", reason: a welcome may invite buying}\n  - {id: category/credit, when: "core.credit", reason: value held}\n');
  const law = write('id: law\nname: L\ndecides: law\nclasses: [a, b]\nlaw: {label: Law, short: L, jurisdiction: xx, marketing: [b]}\nclassify:\n  - {id: law/any, when: "true", class: a, reason: r}\ndoubts:\n  - {id: law/list, when: "newsletter", reason: list mail}\n');
  const BASE = { 'evidence.thin': false, 'core.welcome': false, 'core.credit': false, newsletter: false };
  const run = (values: Record<string, boolean>) => decide([category, law], { values: { ...BASE, ...values }, evidence: {} });

  it('lowers high to medium with the doubts that hold, and keeps the class', () => {
    const d = run({ 'core.welcome': true, 'core.credit': true });
    expect(d.categoryVerdict).toMatchObject({ class: 'transactional', confidence: 'medium', doubts: [{ id: 'category/welcome', reason: 'a welcome may invite buying' }, { id: 'category/credit', reason: 'value held' }] });
    expect(run({}).categoryVerdict!.confidence).toBe('high');
    expect(run({}).categoryVerdict!.doubts).toBeUndefined();
  });

  it("a law shares the category's doubts and adds its own; with none, it stays high", () => {
    expect(run({ 'core.welcome': true }).verdicts['law']).toMatchObject({ class: 'a', confidence: 'medium', doubts: [{ id: 'category/welcome' }] });
    expect(run({ newsletter: true }).verdicts['law']).toMatchObject({ confidence: 'medium', doubts: [{ id: 'law/list' }] });
    expect(run({ newsletter: true, 'core.credit': true }).verdicts['law']!.doubts!.map((d) => d.id)).toEqual(['law/list', 'category/credit']);
    expect(run({}).verdicts['law']).toMatchObject({ confidence: 'high' });
    expect(run({}).verdicts['law']!.doubts).toBeUndefined();
  });

  it('does not doubt a verdict already decided for want of evidence: low stays low, with no doubts', () => {
    const d = run({ 'evidence.thin': true, 'core.welcome': true });
    expect(d.categoryVerdict).toMatchObject({ class: 'marketing', confidence: 'low' });
    expect(d.categoryVerdict!.doubts).toBeUndefined();
  });

  it('packs lint names an unknown signal in a doubt, and the docs list the doubts', () => {
    const bad = write('id: x\nname: X\ndecides: x\nclassify:\n  - {id: x/any, when: "true", class: a, reason: r}\ndoubts:\n  - {id: x/d, when: "core.welcom", reason: r}\n');
    expect(lintPacks([bad]).join('\n')).toMatch(/x\/d: unknown signal "core\.welcom" \(did you mean 'core\.welcome'\?\)/);
    expect(renderRuleDocs([category]).get('README.md')).toMatch(/\| `category\/welcome` \| `core\.welcome` \| a welcome may invite buying \|/);
  });
});

describe('packs lint checks names against the signal vocabulary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-lint-'));
  const packWhen = (when: string) => {
    const file = join(dir, `x-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, `id: x\nname: X\nsettings:\n  beginningOfBody: {value: 0.25, doc: d}\nrules:\n  - id: x/r\n    description: d\n    citation: c\n    severity: error\n    when: "${when}"\n    at: footer\n    scope: footer\n    message: m\n    fix: f\n    examples: {fail: {content: a}, pass: {content: b}}\n`);
    return loadPackFile(file);
  };

  it('names each unknown signal, verdict or setting on one line, with the nearest known name for a typo', () => {
    const pack = packWhen("promo.comercial && verdict.csl == 'cem' && settings.beginingOfBody > 0 && promo.anything");
    expect(lintPacks([pack])).toEqual([
      `${pack.file}: x/r: unknown signal "promo.comercial" (did you mean 'promo.commercial'?)`,
      `${pack.file}: x/r: unknown signal "verdict.csl" (did you mean 'verdict.casl'?)`,
      `${pack.file}: x/r: unknown setting "settings.beginingOfBody" (did you mean 'settings.beginningOfBody'?)`,
      `${pack.file}: x/r: unknown signal "promo.anything"`,
    ]);
  });

  it('accepts every signal of the vocabulary and every name the packs decide', () => {
    const names = [...SIGNAL_ENTRIES.keys(), 'class', 'category', 'stream', 'verdict.can-spam', 'verdict.casl', 'verdict.gdpr', 'verdict.category', 'settings.beginningOfBody'];
    expect(lintPacks([packWhen(names.join(' || '))])).toEqual([]);
  });
});

describe('coverage maps', () => {
  const packs = loadPacks();
  for (const pack of packs.filter((p) => p.id !== 'category')) {
    it(`${pack.id}: every requirement names existing rules/tests or says why it is manual, and every rule is mapped`, () => {
      // The check `packs lint` runs: pack id, a citation per requirement, rules or tests that exist
      // or a reason it is manual, and every rule of the pack mapped.
      expect(existsSync(join(ROOT, 'rules/coverage', `${pack.id}.yaml`)), pack.id).toBe(true);
      expect(coverageProblems(pack)).toEqual([]);
    });
  }

  it('the check finds an unmapped rule, an unknown test, a requirement without a citation and one neither checked nor manual', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-coverage-'));
    const pack = { ...packs.find((p) => p.id === 'casl')!, file: join(dir, 'casl.yaml') };
    mkdirSync(join(dir, 'coverage'));
    writeFileSync(join(dir, 'coverage/casl.yaml'), 'pack: casl\nrequirements:\n  - requirement: a\n    citation: s.1\n    tests: [casl/no-such-test]\n  - requirement: b\n  - requirement: c\n    citation: s.2\n');
    const problems = coverageProblems(pack).join('\n');
    expect(problems).toMatch(/requirements\[0\]: unknown test casl\/no-such-test/);
    expect(problems).toMatch(/requirements\[1\]: needs 'requirement' and 'citation'/);
    expect(problems).toMatch(/requirements\[2\]: names no rule or test and does not say why it is 'manual'/);
    expect(problems).toMatch(/rule casl\/promo-in-transactional is not in the coverage map/);
  });
});

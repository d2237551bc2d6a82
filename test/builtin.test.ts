import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES, CONFIGURABLE_BUILTIN_RULES } from '../src/builtin/index.js';
import { vocabulary } from '../src/config/format.js';
import { loadPacks } from '../src/packs/load.js';
import { rulePagePath } from '../src/packs/docs.js';
import { FIXTURES, ROOT } from './helpers.js';

/** The built-in rules are one registry (src/builtin/) that the docs, the config, `graylint rules` and SARIF all read. */
describe('built-in rules', () => {
  it('each has an id, a description, a fix and an example, and ids are unique', () => {
    expect(new Set(BUILTIN_RULES.map((r) => r.meta.id)).size).toBe(BUILTIN_RULES.length);
    for (const r of BUILTIN_RULES) {
      expect(r.meta.id).toMatch(/^(graylint|stream)\/[a-z-]+$/);
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(20);
      expect(r.meta.fix.length, r.meta.id).toBeGreaterThan(10);
      expect(r.meta.example.length, r.meta.id).toBeGreaterThan(5);
    }
  });

  it('each has a generated docs page and a line in graylint rules', () => {
    const rules = spawnSync(process.execPath, [join(ROOT, 'dist/bundle/main.js'), 'rules'], { encoding: 'utf8' }).stdout;
    for (const r of BUILTIN_RULES) {
      expect(existsSync(join(ROOT, 'docs/rules', rulePagePath(r.meta.id))), r.meta.id).toBe(true);
      expect(rules).toContain(`  rule  ${r.meta.id} `);
    }
  });

  it('the configurable ones, and only those, may be named in graylint.config.yaml', () => {
    const vocab = vocabulary(loadPacks(), []);
    for (const r of BUILTIN_RULES) expect(vocab.ruleIds.has(r.meta.id), r.meta.id).toBe(CONFIGURABLE_BUILTIN_RULES.includes(r.meta.id));
  });

  it('SARIF describes a built-in finding by its meaning, not by its id', () => {
    const file = join(FIXTURES, 'hostile/hidden-display-none.html');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bundle/main.js'), 'check', file, '--format', 'sarif'], { encoding: 'utf8' });
    const rules = (JSON.parse(r.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } } }> }).runs[0]!.tool.driver.rules;
    const hidden = rules.find((x) => x.id === 'graylint/hidden-content');
    expect(hidden, 'a hostile fixture reports graylint/hidden-content').toBeDefined();
    expect(hidden!.shortDescription.text).toMatch(/^Promotional text the reader does not see/);
  });
});

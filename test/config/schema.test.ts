import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateConfigSchema, PRESETS_DIR, writeConfigSchema } from '../../src/config/index.js';
import { EXAMPLE, packs } from './helpers.js';

const COMMITTED = new URL('../../schema/graylint.config.schema.json', import.meta.url);

describe('config JSON Schema', () => {
  const schema = generateConfigSchema(packs);
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('the committed schema/graylint.config.schema.json is up to date', () => {
    // After changing a pack, a preset or the format: GRAYLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts
    if (process.env['GRAYLINT_UPDATE_SCHEMA']) writeConfigSchema(fileURLToPath(COMMITTED), packs);
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8')) as unknown;
    expect(committed, 'schema/graylint.config.schema.json is stale: run GRAYLINT_UPDATE_SCHEMA=1 npx vitest run test/config/schema.test.ts').toEqual(schema);
  });

  it('writeConfigSchema writes the generated schema as JSON', () => {
    const out = join(tmpdir(), `graylint-schema-${process.pid}/schema.json`);
    writeConfigSchema(out, packs);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(schema);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(text);
  });

  it('lists the packs\' rule ids under rules and overrides[].rules, and settings as <pack>.<setting>', () => {
    const defs = schema['definitions'] as Record<string, { properties: Record<string, unknown> }>;
    const ruleIds = packs.flatMap((p) => p.rules.map((r) => r.id));
    for (const id of ruleIds) expect(defs['rules']!.properties).toHaveProperty([id]);
    expect(defs['settings']!.properties).toHaveProperty(['can-spam.beginningOfBody']);
    expect(validate({ overrides: [{ files: ['a/**'], rules: { [ruleIds[0]!]: 'off' } }] })).toBe(true);
  });

  it('validates the README example and the presets', () => {
    expect(validate(parse(EXAMPLE)), JSON.stringify(validate.errors)).toBe(true);
    for (const name of ['recommended', 'strict']) {
      expect(validate(parse(readFileSync(join(PRESETS_DIR, `${name}.yaml`), 'utf8'))), name).toBe(true);
    }
  });

  it('rejects what the loader rejects', () => {
    expect(validate({ jurisdiction: ['us'] })).toBe(false);
    expect(validate({ rules: { 'casl/no-such-rule': 'off' } })).toBe(false);
    expect(validate({ overrides: [{ files: ['a'], rules: { 'casl/no-such-rule': 'off' } }] })).toBe(false);
    expect(validate({ rules: { 'casl/*': 'warn' } })).toBe(false);
    expect(validate({ jurisdictions: ['ue'] })).toBe(false);
    expect(validate({ settings: { 'can-spam.nope': 1 } })).toBe(false);
    expect(validate({ settings: { 'can-spam.beginningOfBody': '30%' } })).toBe(false);
    expect(validate({ extends: 'recomended' })).toBe(false);
    expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
    expect(validate({ streams: { transactional: 'a/**' } })).toBe(false);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Pack } from '../packs/load.js';
import { registryOf } from '../packs/registry.js';
import { BUILTIN_CONFIGURABLE_RULES, RULE_LEVELS, SEVERITIES, STREAM_PACK, STREAM_RULE, STREAM_RULE_DESCRIPTION } from './format.js';
import { listPresets } from './load.js';

/**
 * JSON Schema (draft-07, the draft editors' YAML plugins support best) for graylint.config.yaml,
 * generated from the packs so that rule ids and settings complete and validate in an editor:
 *   # yaml-language-server: $schema=./node_modules/graylint/schema/graylint.config.schema.json
 * The loader's own validation (src/config/format.ts) is the authority; this mirrors it.
 */
export function generateConfigSchema(packs: readonly Pack[], presets: readonly string[] = listPresets()): Record<string, unknown> {
  const laws = registryOf(packs).laws;
  const ruleProps: Record<string, unknown> = {};
  for (const p of packs) {
    ruleProps[`${p.id}/*`] = { $ref: '#/definitions/level', description: `Every rule of the ${p.name} pack.` };
    for (const r of p.rules) ruleProps[r.id] = { $ref: '#/definitions/level', description: `${r.description} (pack severity: ${r.severity})` };
  }
  ruleProps[`${STREAM_PACK}/*`] = { $ref: '#/definitions/level', description: 'Every rule of the stream check.' };
  ruleProps[STREAM_RULE] = { $ref: '#/definitions/level', description: STREAM_RULE_DESCRIPTION };
  for (const id of BUILTIN_CONFIGURABLE_RULES) ruleProps[id] = { $ref: '#/definitions/level', description: `Built-in finding ${id} (docs/rules/${id}.md).` };

  const settingProps: Record<string, unknown> = {};
  for (const p of packs) {
    for (const [k, s] of Object.entries(p.settings)) {
      settingProps[`${p.id}.${k}`] = { type: 'number', default: s.value, description: s.doc.trim() };
    }
  }

  const globs = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
  const layer = {
    rules: { $ref: '#/definitions/rules' },
    severities: { $ref: '#/definitions/severities' },
    settings: { $ref: '#/definitions/settings' },
    jurisdictions: { $ref: '#/definitions/jurisdictions' },
    providers: { $ref: '#/definitions/providers' },
    sender: { $ref: '#/definitions/sender' },
  };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'graylint configuration (graylint.config.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description: 'Preset(s) to start from; later ones and this file win.',
        oneOf: [
          { $ref: '#/definitions/preset' },
          { type: 'array', items: { $ref: '#/definitions/preset' } },
        ],
      },
      ...layer,
      ignores: globs('Files not to check (globs relative to this file\'s folder).'),
      streams: {
        type: 'object',
        description: 'The stream each template is sent on; a transactional template that the laws call marketing is an error (stream/mismatch).',
        additionalProperties: false,
        properties: {
          transactional: globs('Templates sent on the transactional stream.'),
          marketing: globs('Templates sent on the marketing stream.'),
        },
      },
      overrides: {
        type: 'array',
        description: 'Per-glob settings; later entries win.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { ...globs('Files this override applies to.'), minItems: 1 }, ...layer },
        },
      },
    },
    definitions: {
      level: { enum: [...RULE_LEVELS] },
      preset: { enum: [...presets] },
      rules: {
        type: 'object',
        description: "Rule levels by rule id, or by pack with '<pack>/*'; an exact id beats a wildcard.",
        additionalProperties: false,
        properties: ruleProps,
      },
      severities: {
        type: 'object',
        description: "Remaps the severities the packs declare, e.g. { warning: error }; explicit 'rules' entries win.",
        additionalProperties: false,
        properties: Object.fromEntries(SEVERITIES.map((s) => [s, { $ref: '#/definitions/level' }])),
      },
      settings: {
        type: 'object',
        description: 'Pack settings (<pack>.<setting>).',
        additionalProperties: false,
        properties: settingProps,
      },
      jurisdictions: {
        type: 'array',
        description: `Laws to apply: ${laws.map((l) => `${l.jurisdiction} = ${l.pack}`).join(', ')}. Default: all${laws.some((l) => l.optIn) ? ` but the opt-in ones (${laws.filter((l) => l.optIn).map((l) => l.jurisdiction).join(', ')}), which apply only where listed` : ''}.`,
        uniqueItems: true,
        items: { enum: laws.map((l) => l.jurisdiction) },
      },
      providers: { type: 'boolean', description: 'Run the mailbox-provider rules (Gmail, Yahoo, Outlook). Default: true.' },
      sender: {
        type: 'object',
        additionalProperties: false,
        description: 'What you know of the sender that a message may not say.',
        properties: {
          nonprofit: { type: 'boolean', description: 'The sender is a non-profit or a public body (a charity, an association, a foundation, a public service, a free community project) that sells nothing through this mail: its newsletters and appeals have no commercial purpose under CAN-SPAM, and under CASL a newsletter or a notice of it that offers nothing for sale is no CEM (a donation ask still is one). Default: false.' },
        },
      },
    },
  };
}

/** Writes the schema as formatted JSON (2-space indent, final newline). */
export function writeConfigSchema(path: string, packs: readonly Pack[], presets?: readonly string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(generateConfigSchema(packs, presets), null, 2)}\n`);
}

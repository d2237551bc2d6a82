// The configuration module: graylint.config.yaml discovery, validation, presets, per-file
// resolution (ignores, streams, overrides), applying it to results, and the JSON Schema.
export { ConfigError } from './errors.js';
export {
  loadConfig,
  findConfigFile,
  listPresets,
  CONFIG_FILE_NAMES,
  PRESETS_DIR,
  MAX_EXTENDS_DEPTH,
  type LoadConfigOptions,
} from './load.js';
export type { ResolvedConfig, FileConfig } from './resolved.js';
export {
  STREAM_RULE,
  type ConfigData,
  type ConfigLayer,
  type Jurisdiction,
  type OverrideData,
  type RuleLevel,
} from './format.js';
export { applyConfig, packsFor, streamFinding, firstPromotional, TRANSACTIONAL_FIX, MARKETING_FIX } from './apply.js';
export { generateConfigSchema, writeConfigSchema } from './schema.js';

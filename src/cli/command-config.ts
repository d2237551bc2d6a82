import { loadConfig, type ResolvedConfig } from '../config/index.js';
import type { Pack } from '../packs/load.js';

/**
 * The config a command runs under (check, baseline, diff, serve, --print-config): the file named
 * by --config, else graylint.config.yaml found upward from the working directory. A broken one is
 * a ConfigError (one line, exit 2).
 */
export function loadCommandConfig(configFile: string | undefined, packs: Pack[], warn: (line: string) => void, jurisdictions?: string[]): ResolvedConfig {
  const config = loadConfig({ cwd: process.cwd(), configFile, packs, ...(jurisdictions ? { jurisdictions } : {}) });
  for (const n of config.notices) warn(n);
  return config;
}

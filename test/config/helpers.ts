import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { loadPacks } from '../../src/packs/load.js';
import { ConfigError } from '../../src/config/index.js';

export const packs = loadPacks();

/** The README's example config. */
export const EXAMPLE = `extends: recommended            # or strict
jurisdictions: [us, ca, eu]
providers: true
rules:
  casl/exempt-missing-unsubscribe: off
  can-spam/missing-ad-label: off
settings:
  can-spam.beginningOfBody: 0.3
ignores: ["**/partials/**", "vendor/**"]
streams:
  transactional: ["templates/transactional/**"]
  marketing: ["templates/campaigns/**"]
overrides:
  - files: ["templates/legacy/**"]
    rules: { providers/no-reply-sender: off }
`;

/** A fresh temp folder (real path, so comparisons with resolved paths hold on macOS too) with the given files. */
export function tempProject(files: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'graylint-config-')));
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

/** Runs f, expects a ConfigError whose one-line message starts with `file: ` and matches `pattern`. */
export function expectConfigError(f: () => unknown, file: string, pattern: RegExp): ConfigError {
  let caught: unknown;
  try {
    f();
  } catch (err) {
    caught = err;
  }
  expect(caught, 'expected a ConfigError').toBeInstanceOf(ConfigError);
  const err = caught as ConfigError;
  expect(err.message).not.toMatch(/[\r\n]/);
  expect(err.message.startsWith(`${file}: `), `"${err.message}" should start with "${file}: "`).toBe(true);
  expect(err.message).toMatch(pattern);
  return err;
}

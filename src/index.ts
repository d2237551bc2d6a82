// Library entry point: the same pipeline the CLI runs, for sending pipelines and tools.
export { createChecker, type Checker, type CheckOptions, type CheckStages, type StagedCheck } from './check.js';
export { loadPacks, PackError, type Pack, type Rule } from './packs/load.js';
export type * from './types.js';

import { createChecker, type CheckOptions } from './check.js';
import type { FileResult } from './types.js';

let defaultChecker: ReturnType<typeof createChecker> | null = null;

/** Checks one raw message or template given as a Buffer or string. */
export async function check(input: Buffer | string, options: CheckOptions & { file?: string } = {}): Promise<FileResult> {
  defaultChecker ??= createChecker();
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  return defaultChecker.checkBuffer(options.file ?? '<input>', bytes, options);
}

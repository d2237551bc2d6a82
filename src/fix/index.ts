import { fixOneClickUnsubscribe, type FixRefusal, type FixResult } from './eml.js';
import { ONE_CLICK_FIXER } from './names.js';

export { ONE_CLICK_FIXER, FIXER_NAMES } from './names.js';
export type { FixRefusal, FixResult } from './eml.js';

/**
 * The machine fixes `graylint check --fix` can apply, by the name a pack rule gives in `fixer:`.
 * A fix reads a raw message and returns the edited bytes, a refusal, or null (nothing to do).
 */
export const FIXERS: Readonly<Record<string, (raw: Buffer) => FixResult | FixRefusal | null>> = {
  [ONE_CLICK_FIXER]: fixOneClickUnsubscribe,
};

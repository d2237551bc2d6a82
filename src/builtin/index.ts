import { directiveWithoutReason } from './directive-without-reason.js';
import { espMismatch } from './esp-mismatch.js';
import { espUnsubscribe } from './esp-unsubscribe.js';
import { hiddenContent } from './hidden-content.js';
import { inputError } from './input-error.js';
import { learnedPromotion } from './learned-promotion.js';
import { limitReached } from './limit-reached.js';
import { streamMismatch } from './stream-mismatch.js';
import { undetermined } from './undetermined.js';
import { unusedDirective } from './unused-directive.js';
import type { BuiltinRule } from './types.js';

export type { BuiltinRule } from './types.js';

/** Every built-in rule, in the order the docs and `graylint rules` list them. */
export const BUILTIN_RULES: readonly BuiltinRule[] = [
  streamMismatch,
  unusedDirective,
  directiveWithoutReason,
  inputError,
  hiddenContent,
  undetermined,
  learnedPromotion,
  limitReached,
  espMismatch,
  espUnsubscribe,
];

/** The built-in rules a config may set the level of. */
export const CONFIGURABLE_BUILTIN_RULES: readonly string[] = BUILTIN_RULES.filter((r) => r.configurable).map((r) => r.id);

import { bodyNotRead } from './body-not-read.js';
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

export type { BuiltinMeta, BuiltinRule, MessageContext } from './types.js';

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
  bodyNotRead,
  espMismatch,
  espUnsubscribe,
];

/** The built-in rules a config may set the level of. */
export const CONFIGURABLE_BUILTIN_RULES: readonly string[] = BUILTIN_RULES.filter((r) => r.meta.configurable).map((r) => r.meta.id);

/** The rules that judge one checked message, in the order their findings are listed. */
export const MESSAGE_RULES: readonly BuiltinRule[] = [undetermined, learnedPromotion, hiddenContent, limitReached, bodyNotRead];

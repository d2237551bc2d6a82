import type { BuiltinRule } from './types.js';

/** graylint/limit-reached: graylint read the message up to one of its limits (body characters, … */
export const limitReached: BuiltinRule = {
  id: 'graylint/limit-reached',
  severity: 'warning',
  description: 'graylint read the message up to one of its limits (body characters, HTML nodes or depth, blocks, links, images…) and says what it did not read, so a verdict is never silently based on part of a message. Limits are in src/limits.ts with defaults a real newsletter never hits.',
  citation: '',
  fix: 'Check whether the message really is that large; raise the limit (CheckOptions.limits) only for trusted input.',
  example: '<table><tr><td><table><tr><td>… nested 100,000 deep',
  configurable: false,
};

import type { BuiltinRule } from './types.js';

/** graylint/unused-directive: An inline `graylint-disable…` directive silenced nothing: no such … */
export const unusedDirective: BuiltinRule = {
  meta: {
    id: 'graylint/unused-directive',
    severity: 'warning',
    description: 'An inline `graylint-disable…` directive silenced nothing: no such finding is reported in the block or range it covers.',
    citation: '',
    fix: 'Remove the directive, or correct the rule id or its position (a disable-next-block applies to the block right after the comment).',
    example: '<!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->\n<p>Your order has shipped.</p>  ← no promotion here: the directive is unused',
    configurable: true,
  },
};

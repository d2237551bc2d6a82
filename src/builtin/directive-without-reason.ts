import type { BuiltinRule } from './types.js';

/** graylint/directive-without-reason: An inline directive gives no reason after ` -- `. */
export const directiveWithoutReason: BuiltinRule = {
  meta: {
    id: 'graylint/directive-without-reason',
    severity: 'warning',
    description: 'An inline directive gives no reason after ` -- `. It still applies; reviewers need to know why a legal finding was silenced.',
    citation: '',
    fix: 'Add the reason: `<!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->`.',
    example: '<!-- graylint-disable-next-block casl/promo-in-transactional -->',
    configurable: true,
  },
};

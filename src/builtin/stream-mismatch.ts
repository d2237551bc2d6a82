import type { BuiltinRule } from './types.js';

/** stream/mismatch: A template declared on the transactional stream by `streams:` in … */
export const streamMismatch: BuiltinRule = {
  meta: {
    id: 'stream/mismatch',
    severity: 'error (declared transactional) / info (declared marketing)',
    description: 'A template declared on the transactional stream by `streams:` in graylint.config.yaml is commercial, a CEM or direct marketing under at least one law; or a template declared marketing has nothing promotional in it.',
    citation: 'the law whose verdict disagrees with the declared stream',
    fix: 'Remove the promotional content from the template, or move it to the marketing stream (and send it only with consent, an unsubscribe link and a postal address).',
    example: 'streams:\n  transactional: ["templates/transactional/**"]\n# templates/transactional/receipt.html carries "Refer a friend, get $10" → stream/mismatch (error)',
    configurable: true,
  },
};

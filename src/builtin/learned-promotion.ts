import type { BuiltinRule } from './types.js';

/** graylint/learned-promotion: A transactional message in which no listed offer wording was … */
export const learnedPromotion: BuiltinRule = {
  id: 'graylint/learned-promotion',
  severity: 'warning',
  description: 'A transactional message in which no listed offer wording was found, but the learned fallback (character n-grams of each block, trained on the labelled corpus; models/fallback.json) reads one block as promotion. The message is classed hybrid with `confidence: low`; the finding quotes the block and its score.',
  citation: 'CASL s.6(6) ("solely"); ePrivacy Art. 13',
  fix: 'If the block promotes a product, an upgrade or a referral, move it out of the transactional message or send the message with marketing consent; if it belongs to the transaction, rephrase it plainly.',
  example: '<p>Order #1042 has shipped.</p><p>Pair it with our matching pillowcases, everyone is talking about them.</p>',
  configurable: true,
};

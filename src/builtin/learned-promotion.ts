import type { Finding } from '../types.js';
import type { BuiltinRule, MessageContext } from './types.js';

/** graylint/learned-promotion: a hybrid for no reason but the learned fallback's reading of one block. */
export const learnedPromotion: BuiltinRule = {
  meta: {
    id: 'graylint/learned-promotion',
    severity: 'warning',
    description: 'A transactional message in which no listed offer wording was found, but the learned fallback (character n-grams of each block, trained on the labelled corpus; models/fallback.json) reads one block as promotion. The message is classed hybrid with `confidence: low`; the finding quotes the block and its score.',
    citation: 'CASL s.6(6) ("solely"); ePrivacy Art. 13',
    fix: 'If the block promotes a product, an upgrade or a referral, move it out of the transactional message or send the message with marketing consent; if it belongs to the transaction, rephrase it plainly.',
    example: '<p>Order #1042 has shipped.</p><p>Pair it with our matching pillowcases, everyone is talking about them.</p>',
    configurable: true,
  },
  check: ({ signals, category }: MessageContext): Finding[] => {
    const v = signals.values;
    const top = signals.evidence['fallback']?.[0];
    if (v['evidence.thin'] === true || category?.class !== 'hybrid' || v['fallback.promotional'] !== true || v['promo.any'] === true || v['promo.selfDeclared'] === true || !top) return [];
    const score = Number(v['fallback.score'] ?? 0).toFixed(2);
    return [{
      ruleId: learnedPromotion.meta.id,
      severity: 'warning',
      message: `No listed offer wording was found, but the learned fallback reads “${clip(top.text)}” as promotion (score ${score}): with it the message is not solely transactional.`,
      citation: 'CASL s.6(6) ("solely"); ePrivacy Art. 13',
      location: top.location,
      evidence: top.text,
      fix: 'If this block promotes a product, an upgrade or a referral, remove it from the transactional message or send the message with marketing consent; if it is part of the transaction, rephrase it plainly (what was bought, what happens next).',
      pack: 'graylint',
    }];
  },
};

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

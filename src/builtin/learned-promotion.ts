import type { Finding } from '../types.js';
import type { BuiltinRule, MessageContext } from './types.js';

/** The category pack's doubt this finding points at (rules/category.yaml). */
export const LEARNED_PROMOTION_DOUBT = 'category/learned-promotion';

/**
 * graylint/learned-promotion: a message read as solely transactional (no listed offer wording) with
 * one block the learned fallback reads as promotion. It changes no class: the category's doubt
 * (category/learned-promotion) lowers the verdicts to medium confidence, and this finding points
 * at the block.
 */
export const learnedPromotion: BuiltinRule = {
  meta: {
    id: 'graylint/learned-promotion',
    severity: 'warning',
    description: 'A transactional message in which no listed offer wording was found, but the learned fallback (character n-grams of each block, trained on the labelled corpus; models/fallback.json, when one ships: none does today) reads one block as promotion. The class stands, stated with `confidence: medium` and the doubt category/learned-promotion; the finding quotes the block and its score.',
    citation: 'CASL s.6(6) ("solely"); ePrivacy Art. 13',
    fix: 'If the block promotes a product, an upgrade or a referral, move it out of the transactional message or send the message with marketing consent; if it belongs to the transaction, rephrase it plainly.',
    example: '<p>Order #1042 has shipped.</p><p>Pair it with our matching pillowcases, everyone is talking about them.</p>',
    configurable: true,
  },
  check: ({ signals, category }: MessageContext): Finding[] => {
    const v = signals.values;
    const top = signals.evidence['fallback']?.[0];
    const doubted = category?.doubts?.some((d) => d.id === LEARNED_PROMOTION_DOUBT) ?? false;
    if (!doubted || !top) return [];
    const score = Number(v['fallback.score'] ?? 0).toFixed(2);
    return [{
      ruleId: learnedPromotion.meta.id,
      severity: 'warning',
      message: `No listed offer wording was found, but the learned fallback reads “${clip(top.text)}” as promotion (score ${score}): if it promotes anything, the message is not solely transactional; read it before it goes on the transactional stream.`,
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

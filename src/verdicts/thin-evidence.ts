import type { Finding, Signals, Verdict } from '../types.js';
import { undetermined } from '../builtin/undetermined.js';
import { learnedPromotion } from '../builtin/learned-promotion.js';

/**
 * Findings that say when a verdict rests on little: `graylint/undetermined` when the rules
 * recognised neither a transaction nor a promotion (or part of the content was not read), and
 * `graylint/learned-promotion` when only the learned fallback saw a promotion in a transactional
 * message. Each says what was and was not found, so the reader can judge the verdict.
 */
export function thinEvidenceFindings(signals: Signals, category: Verdict | undefined): Finding[] {
  const v = signals.values;
  const categoryClass = category?.class ?? '';
  const out: Finding[] = [];
  const top = signals.evidence['fallback']?.[0];
  const score = Number(v['fallback.score'] ?? 0).toFixed(2);
  if (v['evidence.thin'] === true) {
    const seen: string[] = [];
    const kinds = String(v['core.kinds'] ?? '');
    if (kinds) seen.push(`only passing ${kinds.replace(/,/g, ', ')} wording, not enough for transactional content`);
    else seen.push('no transaction, account or security content');
    seen.push('no promotion, offer or list signal');
    if (v['input.truncated'] === true) seen.push('and part of the content was not read (see graylint/limit-reached)');
    // Thin evidence read as transactional: only the learned fallback's notice reading does that.
    const asNotice = categoryClass === 'transactional';
    out.push({
      ruleId: undetermined.id,
      severity: 'warning',
      message: asNotice
        ? `graylint found ${seen.join('; ')}. The learned fallback reads every block as a notice (highest score ${score}), so the message is classed transactional, with low confidence.`
        : `graylint found ${seen.join('; ')}. It cannot tell what the message is, so it treats it as commercial (marketing stream), the class where the law puts the burden on the sender.`,
      citation: 'CASL s.13 (the sender must prove consent); 16 CFR 316.3(a)',
      location: top?.location ?? { scope: 'body' },
      evidence: top?.text ?? '',
      fix: asNotice
        ? 'Check the class yourself. If the message is transactional, make that visible: say what it is about (the order, the account, the request) near the top; or declare its stream in graylint.config.yaml (streams:).'
        : 'Make the purpose visible near the top: the order, account or request the message is about, with its number or link. If it is a notice, declare its stream in graylint.config.yaml (streams:); if it promotes, send it on the marketing stream with consent, an unsubscribe link and a postal address.',
      pack: 'graylint',
    });
  } else if (categoryClass === 'hybrid' && v['fallback.promotional'] === true && v['promo.any'] !== true && v['promo.selfDeclared'] !== true && top) {
    // A hybrid for no reason but the learned fallback's reading of one block.
    out.push({
      ruleId: learnedPromotion.id,
      severity: 'warning',
      message: `No listed offer wording was found, but the learned fallback reads “${clip(top.text)}” as promotion (score ${score}): with it the message is not solely transactional.`,
      citation: 'CASL s.6(6) ("solely"); ePrivacy Art. 13',
      location: top.location,
      evidence: top.text,
      fix: 'If this block promotes a product, an upgrade or a referral, remove it from the transactional message or send the message with marketing consent; if it is part of the transaction, rephrase it plainly (what was bought, what happens next).',
      pack: 'graylint',
    });
  }
  return out;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

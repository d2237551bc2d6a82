import type { Finding } from '../types.js';
import type { BuiltinRule, MessageContext } from './types.js';

/**
 * graylint/undetermined: the rules recognised neither a transaction nor a promotion (or part of
 * the content was not read). The finding says what was and was not found, so the reader can judge
 * the verdict, which then leans to the class where the law puts the burden on the sender.
 */
export const undetermined: BuiltinRule = {
  meta: {
    id: 'graylint/undetermined',
    severity: 'warning',
    description: 'The rules recognised neither transactional or relationship content (an order, an account, a request, a security notice) nor a promotion or list signal, or part of the content was not read past a limit. A missing core never means "not commercial": unless the learned fallback reads every block as a notice, the message is classed marketing / commercial / CEM / direct marketing and goes on the marketing stream (CASL s.13 puts the proof of consent on the sender). Every verdict then has `confidence: low`; the finding says what was and was not found.',
    citation: 'CASL s.13 (the sender must prove consent); 16 CFR 316.3(a)',
    fix: 'Make the purpose visible near the top (the order, account or request, with its number or link), or declare the template\'s stream in graylint.config.yaml (streams:). If it promotes, send it on the marketing stream with consent, an unsubscribe link and a postal address.',
    example: '<p>Hi {{name}},</p><p>{{author}} thought you would like this: {{link}}</p>',
    configurable: true,
  },
  check: ({ signals, category }: MessageContext): Finding[] => {
    const v = signals.values;
    if (v['evidence.thin'] !== true) return [];
    const top = signals.evidence['fallback']?.[0];
    const score = Number(v['fallback.score'] ?? 0).toFixed(2);
    const seen: string[] = [];
    const kinds = String(v['core.kinds'] ?? '');
    if (kinds) seen.push(`only passing ${kinds.replace(/,/g, ', ')} wording, not enough for transactional content`);
    else seen.push('no transaction, account or security content');
    seen.push('no promotion, offer or list signal');
    if (v['body.unread'] === true) seen.push('and no body it could read (see graylint/body-not-read)');
    else if (v['input.truncated'] === true) seen.push('and part of the content was not read (see graylint/limit-reached)');
    // Thin evidence read as transactional: only the learned fallback's notice reading does that.
    const asNotice = category?.class === 'transactional';
    return [{
      ruleId: undetermined.meta.id,
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
    }];
  },
};

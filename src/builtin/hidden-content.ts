import type { Finding } from '../types.js';
import { COMMERCIAL_CATEGORIES, readText } from '../signals/blocks.js';
import type { BuiltinRule, MessageContext } from './types.js';

/** At most this many hidden-content findings per message: the first ones tell the story. */
const MAX_HIDDEN_FINDINGS = 5;

/**
 * graylint/hidden-content: promotional text the reader does not see (display:none, font-size:0,
 * text in the colour of its background…) or words split by invisible characters so that filters
 * miss them. Hiding an offer does not make a message transactional. Only spans the lexicon reads
 * as a commercial offer are reported; the inbox preheader is not hidden content.
 */
export const hiddenContent: BuiltinRule = {
  meta: {
    id: 'graylint/hidden-content',
    severity: 'warning',
    description: 'Promotional text the reader does not see (display:none, font-size:0, text in the colour of its background, tiny or transparent text), or words split by invisible or bidi-control characters so that filters miss them. Hiding an offer does not make a message transactional (Gmail: no CSS-hidden content).',
    citation: 'Gmail bulk-sender guidelines (no hidden content); FTC deception policy',
    fix: 'Remove the hidden text; if the offer belongs in the message, show it, and treat the message as marketing.',
    example: '<div style="display:none">Flash sale: 50% off everything</div>',
    configurable: true,
  },
  check: ({ model, lexicon }: MessageContext): Finding[] => {
    const out: Finding[] = [];
    for (const span of model.hidden ?? []) {
      if (out.length >= MAX_HIDDEN_FINDINGS) break;
      const { promo } = readText(span.text, lexicon);
      const offer = [...promo].filter((c) => COMMERCIAL_CATEGORIES.has(c));
      if (offer.length === 0) continue;
      const quote = span.text.length > 120 ? `${span.text.slice(0, 117)}…` : span.text;
      const obfuscated = span.how === 'invisible characters' || span.how === 'right-to-left override';
      out.push({
        ruleId: hiddenContent.meta.id,
        severity: 'warning',
        message: span.how === 'invisible characters'
          ? `Invisible characters (zero-width or bidi controls) inside the words of “${quote}” hide an offer (${offer.join(', ')}) from filters, not from readers; graylint reads the text without them.`
          : span.how === 'right-to-left override'
            ? `A right-to-left override stores “${quote}” backwards, which hides an offer (${offer.join(', ')}) from filters, not from readers; graylint reads it in display order.`
            : `Promotional text (${offer.join(', ')}) is hidden from the reader (${span.how}): “${quote}”. Hiding an offer does not make the message transactional.`,
        citation: 'graylint hidden-content check; 16 CFR 316.3 (the primary purpose is judged on what the message carries)',
        location: span.location,
        evidence: span.text.length > 160 ? `${span.text.slice(0, 157)}…` : span.text,
        fix: obfuscated
          ? 'Write the words plainly. If the text is an offer, send the message on the marketing stream with an unsubscribe link and a postal address.'
          : 'Remove the hidden text, or show it and treat the message as marketing. If it is shown by a media query (mobile-only content), check that version too.',
        pack: 'graylint',
      });
    }
    return out;
  },
};

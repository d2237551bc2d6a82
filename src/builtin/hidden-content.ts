import type { BuiltinRule } from './types.js';

/** graylint/hidden-content: Promotional text the reader does not see (display:none, font-size:0, … */
export const hiddenContent: BuiltinRule = {
  id: 'graylint/hidden-content',
  severity: 'warning',
  description: 'Promotional text the reader does not see (display:none, font-size:0, text in the colour of its background, tiny or transparent text), or words split by invisible or bidi-control characters so that filters miss them. Hiding an offer does not make a message transactional (Gmail: no CSS-hidden content).',
  citation: 'Gmail bulk-sender guidelines (no hidden content); FTC deception policy',
  fix: 'Remove the hidden text; if the offer belongs in the message, show it, and treat the message as marketing.',
  example: '<div style="display:none">Flash sale: 50% off everything</div>',
  configurable: true,
};

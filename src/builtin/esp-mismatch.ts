import type { BuiltinRule } from './types.js';

/** stream/esp-mismatch: A message whose verdicts put it on the marketing stream (commercial, a … */
export const espMismatch: BuiltinRule = {
  meta: {
    id: 'stream/esp-mismatch',
    severity: 'error (the routing names a transactional stream) / warning (transactional by default or by a generic header) / info (a non-promotional message on a marketing stream)',
    description: 'A message whose verdicts put it on the marketing stream (commercial, a CEM or direct marketing under any law) is routed to a transactional ESP stream: a Postmark transactional message stream, a SendGrid send with no unsubscribe group, an SES send without list management, a Mailgun "transactional" tag, or Mailchimp Transactional. Names the ESP\'s own policy where there is one.',
    citation: 'The ESP\'s policy (Postmark message streams, SendGrid unsubscribe groups, SES list management, Mailchimp Transactional), and the law whose verdict disagrees',
    fix: 'Send it on the marketing/broadcast stream with the ESP\'s unsubscribe handling (and only with consent), or remove the promotional content so it stays transactional.',
    example: '{"MessageStream": "outbound", "Subject": "Your receipt", "HtmlBody": "… Take 15% off your next order with code THANKS15 …"}  (graylint check --esp postmark payload.json)',
    configurable: true,
  },
};

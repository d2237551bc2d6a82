import type { BuiltinRule } from './types.js';

/** stream/esp-unsubscribe: A marketing message on a marketing ESP stream with no unsubscribe … */
export const espUnsubscribe: BuiltinRule = {
  meta: {
    id: 'stream/esp-unsubscribe',
    severity: 'warning',
    description: 'A marketing message on a marketing ESP stream with no unsubscribe handling: no List-Unsubscribe header and none of the ESP\'s own (SendGrid unsubscribe group or subscription tracking, SES list management, a Postmark broadcast stream, which adds its own).',
    citation: 'RFC 2369; RFC 8058; Gmail and Yahoo bulk-sender requirements (2024)',
    fix: 'Add the ESP\'s unsubscribe handling (asm.group_id, ListManagementOptions, a Broadcast stream) or List-Unsubscribe and List-Unsubscribe-Post headers.',
    example: '{"categories": ["newsletter"], "subject": "Spring news", …}  (no asm group, no List-Unsubscribe)',
    configurable: true,
  },
};

import type { Finding } from '../types.js';
import type { BuiltinRule, MessageContext } from './types.js';

/**
 * graylint/body-not-read: a raw message whose body graylint could not read at all. Its verdicts
 * rest on the headers alone, so the finding says so, and the message is never advised onto the
 * transactional stream on that basis (the body counts as unread content: evidence.thin unless the
 * headers show a promotion). An error, so the run does not pass: the linter could not do its job
 * on this message (a config may lower it, e.g. for mail whose content is only an attachment).
 */
export const bodyNotRead: BuiltinRule = {
  meta: {
    id: 'graylint/body-not-read',
    severity: 'error (configurable: a pipeline that sends attachment-only mail may lower it)',
    description: 'A raw message whose body graylint could not read: the input ends after the header section (a cut-off or header-only file), the message has no text or HTML part, or its embedded message (message/rfc822) could not be read. The verdicts then rest on the headers alone; a transactional subject is not enough to call the message transactional, so unless the headers show a promotion it is treated as undetermined (marketing stream, low confidence).',
    citation: '',
    fix: 'Check the complete message as it will be sent (the .eml with its body), or the template the body comes from.',
    example: 'From: shop@example.com\nSubject: Your receipt\n(end of file: no blank line, no body)',
    configurable: true,
    aboutReading: true,
  },
  check: ({ model }: MessageContext): Finding[] =>
    model.unread
      ? [{
          ruleId: bodyNotRead.meta.id,
          severity: 'error',
          message: `graylint could not read ${model.unread}; the verdicts come from the headers alone.`,
          citation: 'graylint input reading',
          location: { scope: 'body' },
          evidence: model.unread,
          fix: bodyNotRead.meta.fix,
          pack: 'graylint',
        }]
      : [],
};

import type { Finding } from '../types.js';
import type { BuiltinRule, MessageContext } from './types.js';

/** graylint/limit-reached: one warning per limit that applied while reading a message, saying what was not read. */
export const limitReached: BuiltinRule = {
  meta: {
    id: 'graylint/limit-reached',
    severity: 'warning',
    description: 'graylint read the message up to one of its limits (body characters, HTML nodes or depth, blocks, links, images…) and says what it did not read, so a verdict is never silently based on part of a message. Limits are in src/limits.ts with defaults a real newsletter never hits.',
    citation: '',
    fix: 'Check whether the message really is that large; raise the limit (CheckOptions.limits) only for trusted input.',
    example: '<table><tr><td><table><tr><td>… nested 100,000 deep',
    configurable: false,
    aboutReading: true,
  },
  check: ({ model }: MessageContext): Finding[] =>
    (model.limitsReached ?? []).map((r) => ({
      ruleId: limitReached.meta.id,
      severity: 'warning' as const,
      message: `graylint stopped at a limit (limits.${r.limit} = ${r.value.toLocaleString('en-US')}) and did not read ${r.skipped}; the verdicts come from what was read.`,
      citation: 'graylint input limits',
      location: r.location ?? { scope: 'body' },
      evidence: `limits.${r.limit} = ${r.value}`,
      fix: `If this is a real message, raise limits.${r.limit} (CheckOptions.limits); a message this large or deep is usually broken or built to defeat filters.`,
      pack: 'graylint',
    })),
};

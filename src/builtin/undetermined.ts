import type { BuiltinRule } from './types.js';

/** graylint/undetermined: The rules recognised neither transactional or relationship content (an … */
export const undetermined: BuiltinRule = {
  id: 'graylint/undetermined',
  severity: 'warning',
  description: 'The rules recognised neither transactional or relationship content (an order, an account, a request, a security notice) nor a promotion or list signal, or part of the content was not read past a limit. A missing core never means "not commercial": unless the learned fallback reads every block as a notice, the message is classed marketing / commercial / CEM / direct marketing and goes on the marketing stream (CASL s.13 puts the proof of consent on the sender). Every verdict then has `confidence: low`; the finding says what was and was not found.',
  citation: 'CASL s.13 (the sender must prove consent); 16 CFR 316.3(a)',
  fix: 'Make the purpose visible near the top (the order, account or request, with its number or link), or declare the template\'s stream in graylint.config.yaml (streams:). If it promotes, send it on the marketing stream with consent, an unsubscribe link and a postal address.',
  example: '<p>Hi {{name}},</p><p>{{author}} thought you would like this: {{link}}</p>',
  configurable: true,
};

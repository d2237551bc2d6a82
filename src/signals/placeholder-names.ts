import type { Placeholder } from '../types.js';

/**
 * The distinct names of a message's placeholders, in order of first use. A template repeats its
 * placeholders ({{ order.id }} in the subject, the body and a link; about half of them on our
 * corpus), and the signals test every name against a dozen patterns: each name is tested once.
 */
export function distinctPlaceholderNames(placeholders: readonly Placeholder[]): string[] {
  return [...new Set(placeholders.map((p) => p.name))];
}

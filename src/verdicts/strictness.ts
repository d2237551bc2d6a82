import type { Law } from '../types.js';

/**
 * Each law's classes from least to most restrictive for the sender: a higher rank needs more
 * (consent, an unsubscribe link, identification). `--branches` reports the worst variant by it;
 * `graylint diff` fails when a template moved up it.
 */
export const CLASS_RANK: Record<Law, Record<string, number>> = {
  'can-spam': { transactional: 0, commercial: 1 },
  casl: { 'not-cem': 0, 'cem-exempt': 1, cem: 2 },
  gdpr: { service: 0, 'direct-marketing': 1 },
};

/** Whether a template's class under `law` moved to a more restrictive one (an unknown class never counts). */
export function becameStricter(law: Law, before: string, after: string): boolean {
  const from = CLASS_RANK[law][before];
  const to = CLASS_RANK[law][after];
  return from !== undefined && to !== undefined && to > from;
}
